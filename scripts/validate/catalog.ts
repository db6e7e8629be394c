import { readdirSync } from 'node:fs';
import path from 'node:path';

/*
 * Facts no maintained package lists for us. Each list is small, says where it comes from, and
 * should grow only when the package starts using something new.
 */

/** LWC `<target>` values: LWC Developer Guide, "XML Configuration File Elements" (no package lists them). */
export const LWC_TARGETS: ReadonlySet<string> = new Set([
  'lightning__AppPage',
  'lightning__HomePage',
  'lightning__RecordPage',
  'lightning__RecordAction',
  'lightning__GlobalAction',
  'lightning__Tab',
  'lightning__FlowScreen',
  'lightning__FlowAction',
  'lightning__Inbox',
  'lightning__UtilityBar',
  'lightning__UrlAddressable',
  'lightning__ChatMessage',
  'lightning__Dashboard',
  'lightning__VoiceExtension',
  'lightning__EnablementProgram',
  'lightning__AgentforceInput',
  'lightning__AgentforceOutput',
  'lightningCommunity__Page',
  'lightningCommunity__Default',
  'lightningCommunity__Page_Layout',
  'lightningCommunity__Theme_Layout',
  'lightningSnapin__ChatMessage',
  'lightningSnapin__Minimized',
  'lightningSnapin__PreChat',
  'lightningSnapin__ChatHeader',
  'lightningStatic__Email',
  'analytics__Dashboard'
]);

/** FlexiPage `<template><name>` values: Lightning App Builder standard templates (documented names only). */
export const FLEXIPAGE_TEMPLATES: ReadonlySet<string> = new Set([
  'flexipage:defaultAppHomeTemplate',
  'flexipage:appHomeTemplateDesktop',
  'flexipage:appHomeTemplateHeaderOneRegion',
  'flexipage:appHomeTemplateHeaderTwoColumnsLeftSidebar',
  'flexipage:appHomeTemplateHeaderThreeColumns',
  'flexipage:appHomeTemplateThreeColumns',
  'flexipage:appHomeTemplateTwoColumns',
  'flexipage:appHomeTemplateTwoColumnsLeftSidebar',
  'flexipage:appHomeTemplateTwoColumnsRightSidebar',
  // The Standard Home Page template, as the Salesforce CLI's own HomePage flexipage template uses it.
  'home:desktopTemplate',
  'flexipage:homeTemplateDesktop',
  'flexipage:homeTemplateOneColumn',
  'flexipage:homeTemplateThreeColumns',
  'flexipage:homeTemplateTwoColumnsLeftSidebar',
  'flexipage:homeTemplateTwoColumnsRightSidebar',
  'flexipage:homeTemplateHeaderTwoColumnsLeftSidebar',
  'flexipage:recordHomeTemplateDesktop',
  'flexipage:recordHomeSimpleViewTemplate',
  'flexipage:recordHomeSingleColTemplateDesktop',
  'flexipage:recordHomeSingleColNoHeaderTemplateDesktop',
  'flexipage:recordHomeThreeColTemplateDesktop',
  'flexipage:recordHomeTwoColEqualHeaderTemplateDesktop',
  'flexipage:recordHomeWithSubheaderTemplateDesktop',
  'flexipage:recordHomeTemplateLeftSidebarDesktop',
  'flexipage:recordHomeTemplateRightSidebarDesktop'
]);

/**
 * `lightning/*` modules that exist on the platform but have no jest stub in sfdx-lwc-jest
 * (LWC Developer Guide module reference): the stubs below are the maintained list, this adds the rest.
 */
const EXTRA_LIGHTNING_MODULES = ['actions', 'modal', 'logger', 'mobileCapabilities'];

/**
 * Standard fields of the standard objects the package references (Object Reference). Custom
 * objects get the system fields below automatically.
 */
export const STANDARD_OBJECT_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Account: [
    'Id',
    'Name',
    'OwnerId',
    'Type',
    'Industry',
    'AnnualRevenue',
    'ParentId',
    'Website',
    'CreatedDate',
    'LastModifiedDate'
  ],
  Opportunity: [
    'Id',
    'Name',
    'AccountId',
    'Amount',
    'StageName',
    'CloseDate',
    'IsClosed',
    'IsWon',
    'OwnerId',
    'Probability',
    'Type',
    'CreatedDate',
    'LastModifiedDate'
  ],
  User: [
    'Id',
    'Name',
    'FirstName',
    'LastName',
    'Email',
    'Username',
    'Alias',
    'IsActive',
    'ProfileId',
    'UserRoleId'
  ],
  Group: ['Id', 'Name', 'DeveloperName', 'Type'],
  RecordType: ['Id', 'Name', 'DeveloperName', 'SobjectType'],
  // Setup object a flow reads to send a custom notification (Object Reference: CustomNotificationType).
  CustomNotificationType: [
    'Id',
    'DeveloperName',
    'CustomNotifTypeName',
    'MasterLabel',
    'Description'
  ]
};

/** System fields every custom object has. */
export const CUSTOM_OBJECT_SYSTEM_FIELDS: readonly string[] = [
  'Id',
  'Name',
  'OwnerId',
  'CreatedDate',
  'CreatedById',
  'LastModifiedDate',
  'LastModifiedById',
  'SystemModstamp',
  'IsDeleted',
  'LastActivityDate',
  'LastViewedDate',
  'LastReferencedDate',
  'RecordTypeId'
];

let lightningModules: ReadonlySet<string> | undefined;

/**
 * Names (without `lightning/`) of the platform's `lightning/*` modules: the module stubs that
 * sfdx-lwc-jest maintains for every platform module, plus the documented extras above.
 */
export function lightningModuleNames(): ReadonlySet<string> {
  if (!lightningModules) {
    const stubs = path.join(
      path.dirname(require.resolve('@salesforce/sfdx-lwc-jest/package.json')),
      'src/lightning-stubs'
    );
    lightningModules = new Set([...readdirSync(stubs), ...EXTRA_LIGHTNING_MODULES]);
  }
  return lightningModules;
}

/** The `lightning-*` tag of a module name, e.g. `buttonIcon` -> `lightning-button-icon`. */
export function lightningTagOf(moduleName: string): string {
  return `lightning-${moduleName.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}
