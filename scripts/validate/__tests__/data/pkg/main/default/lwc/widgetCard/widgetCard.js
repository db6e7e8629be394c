import { LightningElement } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import TITLE from '@salesforce/label/c.Widget_Title';
import canApprove from '@salesforce/customPermission/Approve_Widgets';
import STATUS_FIELD from '@salesforce/schema/Widget__c.Status__c';

export default class WidgetCard extends NavigationMixin(LightningElement) {
  title = TITLE;
  canApprove = canApprove;
  statusField = STATUS_FIELD;
}
