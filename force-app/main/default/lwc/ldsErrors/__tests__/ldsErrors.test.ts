import { classifyErrors, errorState, hasErrors, reduceErrors } from 'c/ldsErrors';

describe('reduceErrors', () => {
  it('returns no message for no error', () => {
    expect(reduceErrors(undefined)).toEqual([]);
    expect(reduceErrors(null)).toEqual([]);
    expect(reduceErrors([])).toEqual([]);
  });

  it('reads GraphQL errors as the wire adapter provisions them', () => {
    const errors = [
      {
        message:
          "Validation error of type FieldUndefined: Field 'Foo__c' in type 'Product_Gap__c' is undefined",
        locations: [{ line: 3, column: 5 }]
      },
      { message: 'Second problem' }
    ];
    expect(reduceErrors(errors)).toEqual([errors[0].message, 'Second problem']);
  });

  it('reads a mutation result with an errors array', () => {
    expect(
      reduceErrors({
        data: null,
        errors: [{ message: 'duplicate value found: Submission_Key__c' }]
      })
    ).toEqual(['duplicate value found: Submission_Key__c']);
  });

  it('reads UI API bodies: array, message, output errors and field errors', () => {
    expect(reduceErrors({ body: [{ message: 'A' }, { message: 'B' }] })).toEqual(['A', 'B']);
    expect(reduceErrors({ body: { message: 'Record not found' } })).toEqual(['Record not found']);
    expect(
      reduceErrors({
        body: {
          message: 'An error occurred while trying to update the record.',
          output: {
            errors: [
              {
                message: 'Rank must be between 1 and 10.',
                errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION'
              }
            ],
            fieldErrors: { GitHub_Issue_URL__c: [{ message: 'Use a GitHub issue link.' }] }
          }
        }
      })
    ).toEqual([
      'Rank must be between 1 and 10.',
      'Use a GitHub issue link.',
      'An error occurred while trying to update the record.'
    ]);
  });

  it('keeps a failed fetch as the platform wrote it, classified as network for the panel to word', () => {
    expect(reduceErrors(new TypeError('Failed to fetch'))).toEqual(['Failed to fetch']);
    expect(classifyErrors(new TypeError('Failed to fetch'))).toBe('network');
  });

  it('reads JS errors and strings, and removes duplicates', () => {
    expect(reduceErrors([new Error('Boom'), 'Boom', '  '])).toEqual(['Boom']);
  });

  it('writes no sentence of its own for an error it cannot read: it is still an error', () => {
    expect(reduceErrors({ weird: true })).toEqual([]);
    expect(hasErrors({ weird: true })).toBe(true);
    expect(errorState({ weird: true })).toBe('error');
    expect(reduceErrors(42)).toEqual(['42']);
  });

  it('tells a screen whether it has errors, and no access apart from other failures', () => {
    expect(errorState(undefined)).toBeNull();
    expect(errorState(null)).toBeNull();
    expect(errorState([])).toBeNull();
    expect(hasErrors([])).toBe(false);
    expect(errorState([{ message: 'INSUFFICIENT_ACCESS_OR_READONLY' }])).toBe('noAccess');
    expect(errorState(new TypeError('Failed to fetch'))).toBe('error');
    expect(errorState('Boom')).toBe('error');
  });

  it('uses statusText when a response carries nothing else', () => {
    expect(reduceErrors({ status: 503, statusText: 'Service Unavailable' })).toEqual([
      'Service Unavailable'
    ]);
  });
});

describe('classifyErrors', () => {
  it.each([
    [
      [
        {
          message:
            "Validation error of type FieldUndefined: Field 'TAM__c' in type 'Account' is undefined"
        }
      ],
      'noAccess'
    ],
    [
      {
        body: {
          output: { errors: [{ errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY', message: 'no' }] }
        }
      },
      'noAccess'
    ],
    [[{ message: 'x', extensions: { ErrorType: 'INSUFFICIENT_ACCESS' } }], 'noAccess'],
    // A user without create access has no <Object>CreateInput type in their schema.
    [
      [{ message: 'Validation error (UnknownType) : Unknown type Product_Gap__cCreateInput' }],
      'noAccess'
    ],
    [new TypeError('Failed to fetch'), 'network'],
    [
      [
        {
          message:
            'duplicate value found: Submission_Key__c duplicates value on record with id: a02'
        }
      ],
      'conflict'
    ],
    [
      [{ message: 'Rank', extensions: { errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION' } }],
      'validation'
    ],
    [new Error('plain'), 'unknown'],
    [undefined, 'unknown']
  ])('classifies %j as %s', (errors, kind) => {
    expect(classifyErrors(errors)).toBe(kind);
  });
});
