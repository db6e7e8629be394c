import { SEVERITIES } from 'c/gapData';
import { emptyForm, shownProblems } from 'c/gapSubmissionForm';
import { SEVERITY_OPTIONS, detailFieldViews, gapFieldViews, problemText } from '../fieldViews';
import { labelText } from 'test-kit';

describe('present', () => {
  it('offers every severity with what it means, in the picklist order', () => {
    expect(SEVERITY_OPTIONS.map((option) => option.value)).toEqual([...SEVERITIES]);
    expect(SEVERITY_OPTIONS.map((option) => option.label)).toEqual([
      labelText('GapSubmission_Severity_P0'),
      labelText('GapSubmission_Severity_P1'),
      labelText('GapSubmission_Severity_P2')
    ]);
  });

  it('shows a counter only near or over the limit, and an error on the ones over it', () => {
    const form = {
      ...emptyForm(),
      description: 'x'.repeat(40000),
      workaround: 'x'.repeat(Math.ceil(32768 * 0.9))
    };
    const fields = detailFieldViews(form, shownProblems(form, false));
    expect(fields.map((field) => field.name)).toEqual([
      'severity',
      'description',
      'impact',
      'workaround'
    ]);
    const [severity, description, impact, workaround] = fields;
    expect(severity).toMatchObject({
      isRadio: true,
      required: true,
      counterText: null,
      errorText: null
    });
    expect(description).toMatchObject({
      isTextarea: true,
      over: true,
      errorText: '7,232 characters over the limit of 32,768. Shorten it to save.'
    });
    expect(description.counterClass).toContain('slds-text-color_error');
    expect(description.counterText).toBe('40,000 of 32,768 characters');
    // An empty field shows no "0 of 32,768 characters"; one at 90 % of its limit does.
    expect(impact).toMatchObject({ over: false, errorText: null, counterText: null });
    expect(workaround).toMatchObject({
      over: false,
      errorText: null,
      counterText: '29,492 of 32,768 characters'
    });
  });

  it('names the missing severity, title and gap after a Save attempt', () => {
    expect(problemText('severity', 'required', '')).toBe(
      labelText('GapSubmission_Severity_Required')
    );
    expect(problemText('title', 'required', '')).toBe(labelText('GapSubmission_Title_Required'));
    expect(problemText('gap', 'required', '')).toBe(labelText('GapSubmission_Gap_Required'));
    const form = { ...emptyForm(), mode: 'new' as const };
    const [title, summary, area] = gapFieldViews(form, shownProblems(form, true));
    expect(title).toMatchObject({
      isText: true,
      errorText: labelText('GapSubmission_Title_Required')
    });
    expect(summary).toMatchObject({ isTextarea: true, errorText: null });
    expect(area).toMatchObject({ isSelect: true, value: '' });
    expect(area.options.map((option) => option.value)).toContain('Security & Compliance');
  });
});
