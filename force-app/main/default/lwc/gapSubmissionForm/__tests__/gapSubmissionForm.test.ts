import type { GapMatch } from 'c/gapData';
import {
  LIMITS,
  counter,
  emptyForm,
  formProblems,
  newGapFields,
  savePlan,
  shownProblems,
  submissionDetails
} from '../gapSubmissionForm';
import type { FlagForm } from '../gapSubmissionForm';

const GAP: GapMatch = {
  id: 'a00D0000008oWP8IAM',
  name: 'SAML single logout',
  status: 'Open',
  productArea: 'Security & Compliance',
  duplicateOfId: null,
  githubUrl: null,
  summary: null,
  accountCount: 7
};

const form = (changes: Partial<FlagForm>): FlagForm => ({ ...emptyForm(), ...changes });

describe('counter', () => {
  it('allows exactly the limit and flags one character more', () => {
    expect(counter('description', 'x'.repeat(32768))).toEqual({
      length: 32768,
      limit: 32768,
      over: false
    });
    expect(counter('description', 'x'.repeat(32769)).over).toBe(true);
    expect(counter('title', 'x'.repeat(81))).toEqual({ length: 81, limit: 80, over: true });
    expect(LIMITS.summary).toBe(255);
  });
});

describe('formProblems', () => {
  it('asks for a gap and a severity on a blank form', () => {
    expect(formProblems(emptyForm())).toEqual({ gap: 'required', severity: 'required' });
  });

  it('asks for a title, not a gap, when creating a new gap', () => {
    expect(
      formProblems(form({ mode: 'new', title: '   ', severity: 'P2 - Nice to Have' }))
    ).toEqual({
      title: 'required'
    });
  });

  it('flags every text over its limit, and only those of the current mode', () => {
    const long = 'x'.repeat(40000);
    const problems = formProblems(
      form({
        gap: GAP,
        severity: 'P0 - Dealbreaker',
        description: long,
        impact: long,
        workaround: 'ok',
        summary: long
      })
    );
    expect(problems).toEqual({ description: 'tooLong', impact: 'tooLong' });
    expect(
      formProblems(
        form({
          mode: 'new',
          title: 'y'.repeat(81),
          summary: 'z'.repeat(256),
          severity: 'P0 - Dealbreaker'
        })
      )
    ).toEqual({
      title: 'tooLong',
      summary: 'tooLong'
    });
  });

  it('counts the title trimmed, as it is saved', () => {
    expect(
      formProblems(
        form({ mode: 'new', title: ` ${'y'.repeat(80)} `, severity: 'P0 - Dealbreaker' })
      )
    ).toEqual({});
  });
});

describe('shownProblems', () => {
  it('shows only over-limit texts before the first Save, everything after', () => {
    const typed = form({ description: 'x'.repeat(32769) });
    expect(shownProblems(typed, false)).toEqual({ description: 'tooLong' });
    expect(shownProblems(typed, true)).toEqual({
      gap: 'required',
      severity: 'required',
      description: 'tooLong'
    });
  });
});

describe('savePlan', () => {
  it('refuses an invalid form and sends nothing', () => {
    expect(savePlan(form({ gap: GAP }), null)).toEqual({
      kind: 'invalid',
      problems: { severity: 'required' }
    });
  });

  it('adds to the chosen gap', () => {
    expect(savePlan(form({ gap: GAP, severity: 'P0 - Dealbreaker' }), null)).toEqual({
      kind: 'addToGap',
      gapId: GAP.id
    });
  });

  it('checks for duplicates of the exact title before creating a gap', () => {
    const newGap = form({
      mode: 'new',
      title: ' SAML logout ',
      severity: 'P1 - Significant Pain Point'
    });
    expect(savePlan(newGap, null)).toEqual({ kind: 'checkDuplicates', term: 'SAML logout' });
    expect(savePlan(newGap, { term: 'SAML', matches: [], acknowledged: false })).toEqual({
      kind: 'checkDuplicates',
      term: 'SAML logout'
    });
  });

  it('shows similar gaps once, then creates on the next Save', () => {
    const newGap = form({
      mode: 'new',
      title: 'SAML logout',
      severity: 'P1 - Significant Pain Point'
    });
    expect(savePlan(newGap, { term: 'SAML logout', matches: [GAP], acknowledged: false })).toEqual({
      kind: 'confirmNew',
      matches: [GAP]
    });
    expect(savePlan(newGap, { term: 'SAML logout', matches: [GAP], acknowledged: true })).toEqual({
      kind: 'createGap'
    });
    expect(savePlan(newGap, { term: 'SAML logout', matches: [], acknowledged: false })).toEqual({
      kind: 'createGap'
    });
  });
});

describe('payloads', () => {
  it('sends blank texts as null and keeps typed text as typed', () => {
    expect(
      submissionDetails(
        form({
          severity: 'P2 - Nice to Have',
          description: '  ',
          impact: ' Lost deal ',
          workaround: ''
        })
      )
    ).toEqual({
      severity: 'P2 - Nice to Have',
      description: null,
      impact: ' Lost deal ',
      workaround: null
    });
  });

  it('trims the title and leaves an empty summary and area blank', () => {
    expect(newGapFields(form({ title: '  SAML logout ', summary: ' ', productArea: '' }))).toEqual({
      name: 'SAML logout',
      summary: null,
      productArea: null
    });
    expect(newGapFields(form({ title: 'T', summary: 'S', productArea: 'AI' }))).toEqual({
      name: 'T',
      summary: 'S',
      productArea: 'AI'
    });
  });
});
