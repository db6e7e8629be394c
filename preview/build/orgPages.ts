// What each permission set lets a user reach, read from the package's metadata at build time:
// tab visibility (permission sets' tabSettings), the Lightning pages behind the tabs, the record
// pages (the app's assignment first), object read access and flow access. The preview shell applies it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { OrgPages } from '../app/access';

const LISTS = [
  'tabSettings',
  'flowAccesses',
  'objectPermissions',
  'actionOverrides',
  'flexiPageRegions',
  'itemInstances',
  'componentInstanceProperties',
  'valueListItems'
];
const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => LISTS.includes(name)
});

type Xml = Record<string, any>;

function files(dir: string, suffix: string): { name: string; xml: Xml }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith(suffix))
    .map((file) => ({
      name: file.slice(0, -suffix.length),
      xml: parser.parse(readFileSync(join(dir, file), 'utf8')) as Xml
    }));
}

/** `c/<name>` for every package component a FlexiPage places (`c:name` or a bare name). */
function pageComponents(page: Xml): string[] {
  const names = (page.flexiPageRegions ?? []).flatMap((region: Xml) =>
    (region.itemInstances ?? []).map((item: Xml) =>
      String(item.componentInstance?.componentName ?? '')
    )
  );
  return names
    .filter((name: string) => name && !/^(force|flexipage|runtime_\w+):/.test(name))
    .map((name: string) => `c/${name.replace(/^c:/, '')}`);
}

/** The quick actions a record page's highlights panel lists (`actionNames`), e.g. `Account.Flag_Product_Gap`. */
function pageActionNames(page: Xml): string[] {
  return (page.flexiPageRegions ?? []).flatMap((region: Xml) =>
    (region.itemInstances ?? []).flatMap((item: Xml) =>
      (item.componentInstance?.componentInstanceProperties ?? [])
        .filter((property: Xml) => property.name === 'actionNames')
        .flatMap((property: Xml) =>
          (property.valueList?.valueListItems ?? []).map((entry: Xml) => String(entry.value))
        )
    )
  );
}

/** Reads permission sets, tabs, FlexiPages, quick actions and apps under force-app/main/default into OrgPages. */
export function loadOrgPages(packageDir: string): OrgPages {
  const tabs: OrgPages['tabs'] = {};
  const readable: OrgPages['readable'] = {};
  const flows: OrgPages['flows'] = {};
  for (const { name, xml } of files(
    join(packageDir, 'permissionsets'),
    '.permissionset-meta.xml'
  )) {
    const set = xml.PermissionSet ?? {};
    tabs[name] = Object.fromEntries(
      (set.tabSettings ?? []).map((tab: Xml) => [String(tab.tab), String(tab.visibility)])
    );
    readable[name] = (set.objectPermissions ?? [])
      .filter((object: Xml) => String(object.allowRead) === 'true')
      .map((object: Xml) => String(object.object));
    flows[name] = (set.flowAccesses ?? [])
      .filter((access: Xml) => String(access.enabled) === 'true')
      .map((access: Xml) => String(access.flow));
  }
  const flexipages = Object.fromEntries(
    files(join(packageDir, 'flexipages'), '.flexipage-meta.xml').map(({ name, xml }) => [
      name,
      xml.FlexiPage ?? {}
    ])
  );
  const componentTabs: OrgPages['componentTabs'] = {};
  for (const { name, xml } of files(join(packageDir, 'tabs'), '.tab-meta.xml')) {
    const page = flexipages[String(xml.CustomTab?.flexiPage ?? '')];
    for (const component of page ? pageComponents(page) : []) {
      (componentTabs[component] ??= []).push(name);
    }
  }
  const assigned: Record<string, string> = {};
  for (const { xml } of files(join(packageDir, 'applications'), '.app-meta.xml')) {
    for (const override of xml.CustomApplication?.actionOverrides ?? []) {
      if (override.actionName === 'View' && override.type === 'Flexipage') {
        assigned[String(override.pageOrSobjectType)] = String(override.content);
      }
    }
  }
  // Quick action (Object.Name) -> the package component it opens.
  const quickActions = Object.fromEntries(
    files(join(packageDir, 'quickActions'), '.quickAction-meta.xml')
      .filter(({ xml }) => xml.QuickAction?.lightningWebComponent)
      .map(({ name, xml }) => [name, `c/${String(xml.QuickAction.lightningWebComponent)}`])
  );
  const recordPages: OrgPages['recordPages'] = {};
  for (const [name, page] of Object.entries(flexipages)) {
    if (page.type !== 'RecordPage' || !page.sobjectType) continue;
    const object = String(page.sobjectType);
    const isAssigned = assigned[object] === name;
    if (recordPages[object]?.assigned && !isAssigned) continue;
    const actions = pageActionNames(page)
      .map((action) => quickActions[action])
      .filter(Boolean);
    recordPages[object] = {
      flexipage: name,
      assigned: isAssigned,
      components: pageComponents(page),
      actions
    };
  }
  return { tabs, readable, flows, componentTabs, recordPages };
}
