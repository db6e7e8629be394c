import { FLEXIPAGE_TEMPLATES, LWC_TARGETS } from './catalog';
import { childText, childrenNamed, type MetadataDocument, type PackageIndex } from './packageIndex';
import { bundleMustExist, descendants, objectMustExist, type Report } from './refChecks';

export function checkFlexiPage(doc: MetadataDocument, index: PackageIndex, report: Report): void {
  const target = PAGE_TARGETS[childText(doc.root, 'type') ?? ''];
  const sobject = doc.root.children.find((c) => c.name === 'sobjectType');
  if (sobject) objectMustExist(index, report, sobject, 'sobjectType', sobject.text.trim());
  const template = doc.root.children.find((c) => c.name === 'template');
  const templateName = template ? childText(template, 'name') : undefined;
  if (template && templateName && !FLEXIPAGE_TEMPLATES.has(templateName)) {
    report(template, 'template.name', `'${templateName}' is not a known Lightning page template`);
  }
  for (const { element, path } of descendants(doc.root, '')) {
    if (element.name !== 'componentName') continue;
    const [namespace, name] = element.text.trim().split(':');
    if (namespace === 'c') bundleMustExist(index, report, element, path, name, target);
  }
}

/** The LWC target a component needs to sit on each kind of Lightning page. */
const PAGE_TARGETS: Record<string, string> = {
  RecordPage: 'lightning__RecordPage',
  AppPage: 'lightning__AppPage',
  HomePage: 'lightning__HomePage',
  UtilityBar: 'lightning__UtilityBar'
};

export function checkComponentBundle(
  doc: MetadataDocument,
  _index: PackageIndex,
  report: Report
): void {
  const declared = new Set<string>();
  for (const targets of childrenNamed(doc.root, 'targets')) {
    for (const target of childrenNamed(targets, 'target')) {
      const value = target.text.trim();
      declared.add(value);
      if (!LWC_TARGETS.has(value))
        report(target, 'targets.target', `'${value}' is not a Lightning component target`);
    }
  }
  for (const configs of childrenNamed(doc.root, 'targetConfigs')) {
    for (const config of childrenNamed(configs, 'targetConfig')) {
      for (const target of (config.attrs.targets ?? '').split(',').map((t) => t.trim())) {
        if (!declared.has(target)) {
          report(
            config,
            'targetConfigs.targetConfig',
            `targets="${target}" is not one of the bundle's <targets>`
          );
        }
      }
    }
  }
}
