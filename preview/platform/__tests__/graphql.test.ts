import * as previewGraphql from '../graphql';
import { executeMutation, gql, graphql } from '../graphql';
import { flush } from 'test-kit';
import { hasCustomPermission } from '../session';

const USER = {
  id: '005U',
  name: 'Taylor',
  permissionSet: 'Product_Gap_TPM',
  customPermissions: ['Publish_Top_10']
};

function answer(body: unknown, status = 200) {
  return Promise.resolve({
    ok: status < 400,
    status,
    json: () => Promise.resolve(body)
  } as Response);
}

describe('preview lightning/graphql', () => {
  let fetchMock: jest.Mock;
  beforeEach(() => {
    window.__PREVIEW_SESSION__ = { user: USER, users: [USER] };
    fetchMock = jest.fn(() => answer({ data: { n: 1 } }));
    global.fetch = fetchMock as unknown as typeof fetch;
  });

  it('gql keeps the document text with placeholders spliced in', () => {
    const fragment = 'fragment F on Account { Id }';
    expect(
      gql`
        query Q {
          a
        }
        ${fragment}
      `
        .replace(/\s+/g, ' ')
        .trim()
    ).toBe('query Q { a } fragment F on Account { Id }');
  });

  it('POSTs query, variables and operation name as the current preview user', async () => {
    const provisioned: unknown[] = [];
    const adapter = new graphql((value) => provisioned.push(value));
    adapter.update({ query: 'query Q { a }', variables: { id: 1 }, operationName: 'Q' });
    adapter.connect();
    await flush();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/graphql');
    expect(init.headers['x-preview-user']).toBe('005U');
    expect(JSON.parse(init.body)).toEqual({
      query: 'query Q { a }',
      variables: { id: 1 },
      operationName: 'Q'
    });
    expect(provisioned).toEqual([expect.objectContaining({ data: { n: 1 }, errors: undefined })]);
  });

  it('skips while the query is undefined and re-fetches only when the config changes', async () => {
    const adapter = new graphql(() => {});
    adapter.connect();
    adapter.update({ query: undefined });
    await flush();
    expect(fetchMock).not.toHaveBeenCalled();
    adapter.update({ query: 'query Q { a }', variables: { id: 1 } });
    adapter.update({ query: 'query Q { a }', variables: { id: 1 } });
    await flush();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    adapter.update({ query: 'query Q { a }', variables: { id: 2 } });
    await flush();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('provisions only the answer to the latest variables', async () => {
    let releaseFirst: (value: Response) => void = () => {};
    fetchMock
      .mockImplementationOnce(() => new Promise<Response>((resolve) => (releaseFirst = resolve)))
      .mockImplementationOnce(() => answer({ data: 'second' }));
    const provisioned: any[] = [];
    const adapter = new graphql((value) => provisioned.push(value));
    adapter.connect();
    adapter.update({ query: 'q', variables: { v: 1 } });
    adapter.update({ query: 'q', variables: { v: 2 } });
    await flush();
    releaseFirst({
      ok: true,
      status: 200,
      json: () => Promise.resolve({ data: 'first' })
    } as Response);
    await flush();
    expect(provisioned.map((value) => value.data)).toEqual(['second']);
  });

  it('refresh re-runs the query and provisions the new answer', async () => {
    const provisioned: any[] = [];
    const adapter = new graphql((value) => provisioned.push(value));
    adapter.update({ query: 'q' });
    adapter.connect();
    await flush();
    fetchMock.mockImplementationOnce(() => answer({ data: { n: 2 } }));
    await provisioned[0].refresh();
    expect(provisioned.map((value) => value.data)).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('exports exactly what the platform module exports (no refreshGraphQL)', () => {
    expect(Object.keys(previewGraphql).sort()).toEqual(['executeMutation', 'gql', 'graphql']);
  });

  it('returns GraphQL, HTTP and network failures as errors, never throws', async () => {
    fetchMock.mockImplementationOnce(() => answer({ errors: [{ message: 'No such column' }] }));
    expect(await executeMutation({ query: 'mutation M { x }' })).toEqual({
      data: undefined,
      errors: [{ message: 'No such column' }]
    });
    fetchMock.mockImplementationOnce(() => answer({}, 502));
    expect((await executeMutation({ query: 'mutation M { x }' })).errors?.[0].message).toMatch(
      /HTTP 502/
    );
    fetchMock.mockImplementationOnce(() => Promise.reject(new TypeError('connection refused')));
    const failed = await executeMutation({ query: 'mutation M { x }' });
    expect(failed.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/connection refused/),
      extensions: { network: true }
    });
  });

  it('answers custom permissions from the session', () => {
    expect(hasCustomPermission('Publish_Top_10')).toBe(true);
    expect(hasCustomPermission('Other')).toBe(false);
    delete window.__PREVIEW_SESSION__;
    expect(() => hasCustomPermission('Publish_Top_10')).toThrow(/No preview session/);
  });
});
