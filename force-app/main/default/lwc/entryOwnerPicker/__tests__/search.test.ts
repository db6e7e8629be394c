/** @jest-environment node */
import { searchView } from '../search';
import { labelText } from 'test-kit';

const users = (count: number) => ({
  uiapi: {
    query: {
      User: {
        edges: Array.from({ length: count }, (_, i) => ({
          node: { Id: `005D000000Usr${String(i).padStart(2, '0')}`, Name: { value: `User ${i}` } }
        }))
      }
    }
  }
});

describe('searchView', () => {
  it('asks for more letters below two, and says it is searching until the answer for this text arrives', () => {
    expect(searchView('a', null).state).toBe('hint');
    expect(searchView('  ', null).message).toBe(labelText('Entry_Alignment_PM_Hint'));
    expect(searchView('ada', null).state).toBe('searching');
    expect(searchView('ada', { pattern: '%ad%', data: users(1) }).state).toBe('searching');
  });

  it('lists the matches, and says when more matched than shown', () => {
    const view = searchView('user', { pattern: '%user%', data: users(2) });
    expect(view).toMatchObject({
      state: 'results',
      message: 'Matching users: 2. Tab to one and press Enter to choose.'
    });
    expect(view.users.map((u) => u.name)).toEqual(['User 0', 'User 1']);
    const many = searchView('user', { pattern: '%user%', data: users(9) });
    expect(many.users).toHaveLength(8);
    expect(many.message).toBe('Showing the first 8 matches: type more of the name to narrow them.');
  });

  it('says no user matches, and never offers a user without a valid Id or a name', () => {
    expect(searchView('zz', { pattern: '%zz%', data: users(0) }).state).toBe('noMatch');
    const bad = {
      uiapi: {
        query: {
          User: {
            edges: [
              { node: { Id: 'x', Name: { value: 'X' } } },
              { node: { Id: '005D000000Usr01' } }
            ]
          }
        }
      }
    };
    expect(searchView('xx', { pattern: '%xx%', data: bad }).state).toBe('noMatch');
    expect(searchView('xx', { pattern: '%xx%', data: 'garbage' }).state).toBe('noMatch');
  });

  it('says plainly when users cannot be read, and when the search failed', () => {
    const noAccess = searchView('ad', {
      pattern: '%ad%',
      errors: [
        {
          message:
            "Validation error (FieldUndefined) : Field 'User' in type 'RecordQuery' is undefined"
        }
      ]
    });
    expect(noAccess).toMatchObject({
      state: 'noAccess',
      message: labelText('Entry_Alignment_PM_No_Access')
    });
    expect(
      searchView('ad', { pattern: '%ad%', errors: [{ message: 'UNKNOWN_EXCEPTION' }] }).state
    ).toBe('failed');
  });

  it('strips wildcards from what was typed', () => {
    expect(searchView('%_', null).state).toBe('hint');
    expect(searchView('a%b', { pattern: '%a b%', data: users(1) }).state).toBe('results');
  });
});
