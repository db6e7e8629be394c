// The owning PM picker's read: users whose name contains what the Manager typed, through
// the GraphQL wire adapter (no Apex). `like` is a plain substring match on Name.
import { gql } from 'lightning/graphql';
import { nodesOf, text } from './fields';
import type { Connection, Field } from './fields';
import { isRecordId } from './recordIds';

/** Fewest characters a search needs (one letter matches too many users to be useful). */
export const USER_SEARCH_MIN = 2;
/** Most users a search returns; more means "keep typing". */
export const USER_SEARCH_LIMIT = 8;

/** Users whose Name is like $pattern, by name (one more than shown, to tell that more matched). */
export const USER_SEARCH = gql`
  query UserSearch($pattern: String) {
    uiapi {
      query {
        User(first: 9, where: { Name: { like: $pattern } }, orderBy: { Name: { order: ASC } }) {
          edges {
            node {
              Id
              Name {
                value
              }
            }
          }
        }
      }
    }
  }
`;

/** One user the picker offers. */
export interface UserOption {
  id: string;
  name: string;
}

/** The search variables for what was typed: wildcards stripped, null below USER_SEARCH_MIN characters. */
export function userSearchVariables(term: unknown): { pattern: string } | null {
  const cleaned = typeof term === 'string' ? term.replace(/[%_\\]/g, ' ').trim() : '';
  return cleaned.length >= USER_SEARCH_MIN ? { pattern: `%${cleaned.slice(0, 80)}%` } : null;
}

/** The users of a UserSearch response (valid Ids and names only), and whether more matched than shown. */
export function mapUserSearch(data: unknown): { users: UserOption[]; more: boolean } {
  const connection = (data as { uiapi?: { query?: { User?: Connection<UserNode> } } } | null)?.uiapi
    ?.query?.User;
  const users = nodesOf(connection)
    .map((node) => ({ id: node.Id, name: text(node.Name) ?? '' }))
    .filter((user) => isRecordId(user.id) && user.name !== '');
  return { users: users.slice(0, USER_SEARCH_LIMIT), more: users.length > USER_SEARCH_LIMIT };
}

interface UserNode {
  Id: string;
  Name?: Field<string>;
}
