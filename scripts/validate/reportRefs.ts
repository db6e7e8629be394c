import { childText, childrenNamed, type MetadataDocument, type PackageIndex } from './packageIndex';
import {
  descendants,
  fieldMustExist,
  objectMustExist,
  pathMustResolve,
  resolveTable,
  type Report
} from './refChecks';
import type { XmlElement } from './xmlTree';

export function checkReportType(doc: MetadataDocument, index: PackageIndex, report: Report): void {
  const base = doc.root.children.find((c) => c.name === 'baseObject');
  if (base) objectMustExist(index, report, base, 'baseObject', base.text.trim());
  for (const section of childrenNamed(doc.root, 'sections')) {
    for (const column of childrenNamed(section, 'columns')) {
      const table = childText(column, 'table') ?? '';
      const object = resolveTable(index, table);
      if (!object) {
        report(
          column,
          'sections.columns.table',
          `table '${table}' does not resolve to an object of the package`
        );
        continue;
      }
      const field = childText(column, 'field') ?? '';
      pathMustResolve(
        index,
        report,
        column,
        'sections.columns.field',
        object.name,
        field.split('.')
      );
    }
  }
}

export function checkReport(doc: MetadataDocument, index: PackageIndex, report: Report): void {
  const reportType = childText(doc.root, 'reportType') ?? '';
  // A custom report type is named `<Name>__c` in a report; standard ones (Opportunity,
  // CustomEntity$X__c...) belong to the platform.
  if (/^\w+__c$/.test(reportType) && !index.reportTypes.has(reportType.replace(/__c$/, ''))) {
    report(doc.root, 'reportType', `report type '${reportType}' does not exist`);
  }
  const references: Array<[XmlElement, string, string | undefined]> = [
    ...childrenNamed(doc.root, 'columns').map((c): [XmlElement, string, string | undefined] => [
      c,
      'columns.field',
      childText(c, 'field')
    ]),
    ...childrenNamed(doc.root, 'groupingsDown').map(
      (c): [XmlElement, string, string | undefined] => [
        c,
        'groupingsDown.field',
        childText(c, 'field')
      ]
    ),
    ...childrenNamed(doc.root, 'groupingsAcross').map(
      (c): [XmlElement, string, string | undefined] => [
        c,
        'groupingsAcross.field',
        childText(c, 'field')
      ]
    )
  ];
  for (const filter of childrenNamed(doc.root, 'filter')) {
    for (const item of childrenNamed(filter, 'criteriaItems'))
      references.push([item, 'filter.criteriaItems.column', childText(item, 'column')]);
  }
  for (const [element, path, ref] of references) {
    if (!ref) continue;
    // Custom report types name columns `<table>$<field>`; standard ones `<Object>.<Field>` or a
    // platform column code (CUST_NAME, AMOUNT...) that no package lists, so codes are not checked.
    const dollar = ref.split('$');
    if (dollar.length === 2) {
      const object = resolveTable(index, dollar[0]);
      if (!object)
        report(element, path, `table '${dollar[0]}' does not resolve to an object of the package`);
      else pathMustResolve(index, report, element, path, object.name, dollar[1].split('.'));
    } else if (/^\w+__c\.\w+$/.test(ref)) {
      const [object, field] = ref.split('.');
      fieldMustExist(index, report, element, path, object, field);
    }
  }
}

/** Every report a dashboard component shows is a report of the package. */
export function checkDashboard(doc: MetadataDocument, index: PackageIndex, report: Report): void {
  for (const { element, path } of descendants(doc.root, '')) {
    if (element.name === 'report' && !index.reports.has(element.text.trim())) {
      report(element, path, `report '${element.text.trim()}' does not exist`);
    }
  }
}
