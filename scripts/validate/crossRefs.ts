import type { Issue } from './issue';
import { checkListViewScope } from './listViewScope';
import { checkComponentBundle, checkFlexiPage } from './pageRefs';
import { checkPermissionSet } from './permissionRefs';
import {
  childText,
  childrenNamed,
  componentName,
  parentObjectOf,
  type MetadataDocument,
  type PackageIndex
} from './packageIndex';
import {
  bundleMustExist,
  descendants,
  fieldMustExist,
  formulaReferences,
  objectMustExist,
  pathMustResolve,
  runChecker,
  tabMustExist,
  type Checker,
  type Report
} from './refChecks';
import { checkDashboard, checkReport, checkReportType } from './reportRefs';
import type { XmlElement } from './xmlTree';

/** Checks the names one metadata file uses (fields, objects, tabs, apps, components) against the package. */
export function checkReferences(doc: MetadataDocument, index: PackageIndex): Issue[] {
  const checker = CHECKERS[doc.type];
  return checker ? runChecker(checker, doc, index) : [];
}

const CHECKERS: Record<string, Checker> = {
  PermissionSet: checkPermissionSet,
  Layout: (doc, index, report) => {
    const object = componentName(doc.file).split('-')[0];
    for (const section of childrenNamed(doc.root, 'layoutSections'))
      for (const column of childrenNamed(section, 'layoutColumns'))
        for (const item of childrenNamed(column, 'layoutItems')) {
          const field = childText(item, 'field');
          if (field)
            fieldMustExist(
              index,
              report,
              item,
              'layoutSections.layoutColumns.layoutItems.field',
              object,
              field
            );
        }
  },
  ListView: (doc, index, report) => {
    checkListViewScope(doc, index, report);
    const object = parentObjectOf(doc.file);
    for (const column of childrenNamed(doc.root, 'columns'))
      listViewField(index, report, column, 'columns', object, column.text.trim());
    for (const filter of childrenNamed(doc.root, 'filters')) {
      const field = childText(filter, 'field');
      if (field) listViewField(index, report, filter, 'filters.field', object, field);
    }
  },
  CompactLayout: (doc, index, report) => {
    const object = parentObjectOf(doc.file);
    for (const field of childrenNamed(doc.root, 'fields'))
      fieldMustExist(index, report, field, 'fields', object, field.text.trim());
  },
  ValidationRule: (doc, index, report) => {
    const object = parentObjectOf(doc.file);
    const formula = doc.root.children.find((c) => c.name === 'errorConditionFormula');
    if (formula) formulaReferences(index, report, formula, 'errorConditionFormula', object);
    const display = doc.root.children.find((c) => c.name === 'errorDisplayField');
    if (display)
      fieldMustExist(index, report, display, 'errorDisplayField', object, display.text.trim());
  },
  CustomField: (doc, index, report) => {
    const object = parentObjectOf(doc.file);
    const formula = doc.root.children.find((c) => c.name === 'formula');
    if (formula) formulaReferences(index, report, formula, 'formula', object);
    const referenceTo = doc.root.children.find((c) => c.name === 'referenceTo');
    if (referenceTo)
      objectMustExist(index, report, referenceTo, 'referenceTo', referenceTo.text.trim());
  },
  Flow: checkFlow,
  ReportType: checkReportType,
  Report: checkReport,
  Dashboard: checkDashboard,
  CustomTab: (doc, index, report) => {
    if (childText(doc.root, 'customObject') === 'true') {
      objectMustExist(index, report, doc.root, 'customObject', componentName(doc.file));
    }
    const lwc = doc.root.children.find((c) => c.name === 'lwcComponent');
    if (lwc) bundleMustExist(index, report, lwc, 'lwcComponent', lwc.text.trim(), 'lightning__Tab');
    const page = doc.root.children.find((c) => c.name === 'flexiPage');
    if (page && !index.flexipages.has(page.text.trim()))
      report(page, 'flexiPage', `FlexiPage '${page.text.trim()}' does not exist`);
  },
  CustomApplication: (doc, index, report) => {
    for (const tab of childrenNamed(doc.root, 'tabs'))
      tabMustExist(index, report, tab, 'tabs', tab.text.trim());
    for (const override of [
      ...childrenNamed(doc.root, 'actionOverrides'),
      ...childrenNamed(doc.root, 'profileActionOverrides')
    ]) {
      const content = override.children.find((c) => c.name === 'content');
      if (
        content &&
        childText(override, 'type') === 'Flexipage' &&
        !index.flexipages.has(content.text.trim())
      ) {
        report(
          content,
          `${override.name}.content`,
          `FlexiPage '${content.text.trim()}' does not exist`
        );
      }
      const object = override.children.find((c) => c.name === 'pageOrSobjectType');
      if (
        object &&
        !['standard-home', 'record-home'].includes(object.text.trim()) &&
        !object.text.trim().startsWith('standard-')
      ) {
        objectMustExist(
          index,
          report,
          object,
          `${override.name}.pageOrSobjectType`,
          object.text.trim()
        );
      }
    }
    const utilityBar = doc.root.children.find((c) => c.name === 'utilityBar');
    if (utilityBar && !index.flexipages.has(utilityBar.text.trim())) {
      report(utilityBar, 'utilityBar', `FlexiPage '${utilityBar.text.trim()}' does not exist`);
    }
  },
  FlexiPage: checkFlexiPage,
  QuickAction: (doc, index, report) => {
    const targetObject = doc.root.children.find((c) => c.name === 'targetObject');
    const object = targetObject?.text.trim() ?? componentName(doc.file).split('.')[0];
    if (targetObject) objectMustExist(index, report, targetObject, 'targetObject', object);
    const lwc = doc.root.children.find((c) => c.name === 'lightningWebComponent');
    // Object-specific actions are named `<Object>.<Action>`; global ones have no object prefix.
    const target = componentName(doc.file).includes('.')
      ? 'lightning__RecordAction'
      : 'lightning__GlobalAction';
    if (lwc)
      bundleMustExist(
        index,
        report,
        lwc,
        'lightningWebComponent',
        lwc.text.trim().replace(/^c:/, ''),
        target
      );
    for (const override of childrenNamed(doc.root, 'fieldOverrides')) {
      const field = childText(override, 'field');
      if (field) fieldMustExist(index, report, override, 'fieldOverrides.field', object, field);
    }
  },
  LightningComponentBundle: checkComponentBundle
};

function checkFlow(doc: MetadataDocument, index: PackageIndex, report: Report): void {
  const start = doc.root.children.find((c) => c.name === 'start');
  const recordObject = start ? childText(start, 'object') : undefined;
  if (start && recordObject) objectMustExist(index, report, start, 'start.object', recordObject);
  for (const { element, path } of descendants(doc.root, '')) {
    for (const match of element.text.matchAll(
      /\$Record(?:__Prior)?\.([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*)/g
    )) {
      if (!recordObject)
        report(element, path, `'${match[0]}' used but the flow has no triggering object`);
      else pathMustResolve(index, report, element, path, recordObject, match[1].split('.'));
    }
  }
  for (const kind of ['recordLookups', 'recordCreates', 'recordUpdates', 'recordDeletes']) {
    for (const element of childrenNamed(doc.root, kind)) {
      const object =
        childText(element, 'object') ??
        (childText(element, 'inputReference') === '$Record' ? recordObject : undefined);
      if (!object) continue;
      const objectElement = element.children.find((c) => c.name === 'object');
      if (objectElement && !objectMustExist(index, report, objectElement, `${kind}.object`, object))
        continue;
      for (const part of ['filters', 'inputAssignments', 'outputAssignments']) {
        for (const item of childrenNamed(element, part)) {
          const field = childText(item, 'field');
          if (field) fieldMustExist(index, report, item, `${kind}.${part}.field`, object, field);
        }
      }
      for (const queried of childrenNamed(element, 'queriedFields')) {
        fieldMustExist(
          index,
          report,
          queried,
          `${kind}.queriedFields`,
          object,
          queried.text.trim()
        );
      }
    }
  }
}

function listViewField(
  index: PackageIndex,
  report: Report,
  element: XmlElement,
  path: string,
  object: string,
  ref: string
): void {
  // List views name standard columns with platform codes (NAME, CREATED_DATE...); only custom
  // fields are names the package owns and can get wrong.
  if (!ref.includes('__c')) return;
  const field = ref.includes('.') ? ref.split('.').pop()! : ref;
  fieldMustExist(index, report, element, path, object, field);
}
