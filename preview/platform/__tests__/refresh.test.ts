import {
  RefreshComplete,
  RefreshError,
  RefreshEvent,
  registerRefreshContainer,
  registerRefreshHandler,
  unregisterRefreshContainer,
  unregisterRefreshHandler
} from '../refresh';

/** container > parent > child, plus an element outside the container. */
function tree() {
  document.body.replaceChildren();
  const container = document.createElement('section');
  const parent = document.createElement('div');
  const child = document.createElement('span');
  const outside = document.createElement('aside');
  parent.appendChild(child);
  container.appendChild(parent);
  document.body.append(container, outside);
  return { container, parent, child, outside };
}

/** Registers a container on `element`; resolves with the status of the next refresh it runs. */
function statusOf(element: HTMLElement): { status: Promise<string>; handle: number } {
  let resolve: (value: string) => void = () => undefined;
  const status = new Promise<string>((done) => (resolve = done));
  const handle = registerRefreshContainer(element, (refresh) => void refresh.then(resolve));
  return { status, handle };
}

describe('preview lightning/refresh', () => {
  it('runs the handlers below the container that receives RefreshEvent, parents first', async () => {
    const { container, parent, child, outside } = tree();
    const calls: string[] = [];
    const { status, handle } = statusOf(container);
    const handles = [
      registerRefreshHandler(child, async () => (calls.push('child'), true)),
      registerRefreshHandler(parent, async () => (calls.push('parent'), true)),
      registerRefreshHandler(outside, async () => (calls.push('outside'), true))
    ];
    child.dispatchEvent(new RefreshEvent());
    await expect(status).resolves.toBe(RefreshComplete);
    expect(calls).toEqual(['parent', 'child']);
    handles.forEach(unregisterRefreshHandler);
    unregisterRefreshContainer(handle);
  });

  it('stops below a handler that resolves false, and reports a failing handler', async () => {
    const { container, parent, child } = tree();
    const calls: string[] = [];
    const { status, handle } = statusOf(container);
    const handles = [
      registerRefreshHandler(parent, async () => (calls.push('parent'), false)),
      registerRefreshHandler(child, async () => (calls.push('child'), true))
    ];
    parent.dispatchEvent(new RefreshEvent());
    await expect(status).resolves.toBe(RefreshComplete);
    expect(calls).toEqual(['parent']);
    handles.forEach(unregisterRefreshHandler);
    unregisterRefreshContainer(handle);

    const failing = statusOf(container);
    const broken = registerRefreshHandler(child, () => Promise.reject(new Error('offline')));
    child.dispatchEvent(new RefreshEvent());
    await expect(failing.status).resolves.toBe(RefreshError);
    unregisterRefreshHandler(broken);
    unregisterRefreshContainer(failing.handle);
  });

  it('calls nothing once unregistered, and refuses a context that is no element', () => {
    const { container, child } = tree();
    const handler = jest.fn(async () => true);
    const callback = jest.fn();
    unregisterRefreshHandler(registerRefreshHandler(child, handler));
    unregisterRefreshContainer(registerRefreshContainer(container, callback));
    child.dispatchEvent(new RefreshEvent());
    expect(callback).not.toHaveBeenCalled();
    expect(handler).not.toHaveBeenCalled();
    expect(() => registerRefreshHandler({}, handler)).toThrow(/pass the component/);
  });

  it('is a bubbling, composed event named as the platform names it', () => {
    const event = new RefreshEvent();
    expect([event.type, event.bubbles, event.composed]).toEqual(['lightning__refresh', true, true]);
  });
});
