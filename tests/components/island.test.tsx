// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { afterHydration, island } from '../../components/cell/island';

afterEach(cleanup);

function Widget({ label }: { label: string }) {
  return <input aria-label={label} defaultValue="3" />;
}

/** A load the test resolves or rejects by hand, so the moments before and after the code arrives can be seen. */
function deferredLoad() {
  let resolve!: (c: typeof Widget) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<typeof Widget>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { load: () => promise, resolve, reject };
}

/** The server's HTML of an island, hydrated in the browser without the widget's code. */
async function hydrateStatic(Island: React.ComponentType<{ label: string }>, ServerSide: typeof Island) {
  const container = document.createElement('div');
  container.innerHTML = renderToString(<ServerSide label="width" />);
  document.body.append(container);
  await act(async () => {
    hydrateRoot(container, <Island label="width" />);
  });
  return container;
}

describe('island', () => {
  it('keeps the static HTML inert until the code arrives, then renders the live widget', async () => {
    const { load, resolve } = deferredLoad();
    const Island = island(load, null);
    const ServerSide = island(load, Widget);
    const container = await hydrateStatic(Island, ServerSide);
    const wrapper = container.querySelector<HTMLElement>('[data-island]')!;
    const staticInput = wrapper.querySelector('input');
    expect(staticInput, 'the static HTML stays').not.toBeNull();
    expect(wrapper.inert, 'not usable before its code').toBe(true);
    await act(async () => resolve(Widget));
    expect(wrapper.dataset.island).toBe('live');
    expect(wrapper.inert).toBe(false);
    expect(screen.getByRole('textbox', { name: 'width' }), 'React renders its own input').not.toBe(staticInput);
    container.remove();
  });

  it('leaves the static HTML usable when the code cannot be had (offline)', async () => {
    const { load, reject } = deferredLoad();
    const container = await hydrateStatic(island(load, null), island(load, Widget));
    const wrapper = container.querySelector<HTMLElement>('[data-island]')!;
    await act(async () => reject(new Error('offline')));
    expect(wrapper.inert).toBe(false);
    expect(wrapper.querySelector('input')).not.toBeNull();
    container.remove();
  });

  it('renders at once when a shared module has already arrived (peek), and inline islands are spans', () => {
    const Island = island(() => new Promise<typeof Widget>(() => undefined), null, {
      inline: true,
      peek: () => Widget,
    });
    const { container } = render(<Island label="groups" />);
    const wrapper = container.querySelector<HTMLElement>('[data-island]')!;
    expect(wrapper.tagName).toBe('SPAN');
    expect(wrapper.dataset.island).toBe('live');
    expect(screen.getByRole('textbox', { name: 'groups' })).toBeTruthy();
  });

  it('does not make an inline island (a citation link) inert while it waits', async () => {
    const { load } = deferredLoad();
    const container = await hydrateStatic(island(load, null, { inline: true }), island(load, Widget, { inline: true }));
    expect(container.querySelector<HTMLElement>('span[data-island]')!.inert).toBe(false);
    container.remove();
  });

  it('afterHydration: hydrates the page without the widget, keeping its static HTML, then renders it afresh', async () => {
    let renders = 0;
    function Counted({ label }: { label: string }) {
      renders++;
      return <Widget label={label} />;
    }
    const Deferred = afterHydration(Counted);
    const container = document.createElement('div');
    // what the server sends (there, with no window, the wrapper renders the widget in full)
    container.innerHTML = renderToString(
      <div data-island="">
        <Widget label="depth" />
      </div>,
    );
    document.body.append(container);
    const staticInput = container.querySelector('input');
    const recoverable: unknown[] = [];
    let root!: ReturnType<typeof hydrateRoot>;
    act(() => {
      root = hydrateRoot(container, <Deferred label="depth" />, { onRecoverableError: (e) => recoverable.push(e) });
    });
    await act(async () => undefined);
    expect(recoverable, 'no hydration mismatch').toEqual([]);
    expect(renders, 'rendered once, after hydration').toBe(1);
    const wrapper = container.querySelector<HTMLElement>('[data-island]')!;
    expect(wrapper.dataset.island).toBe('live');
    expect(container.querySelectorAll('input')).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: 'depth' })).not.toBe(staticInput);
    act(() => root.unmount());
    container.remove();
  });

  it('afterHydration: on a client-side navigation (no static HTML) renders at once', () => {
    const Deferred = afterHydration(Widget);
    const { container } = render(<Deferred label="width" />);
    expect(container.querySelector<HTMLElement>('[data-island]')!.dataset.island).toBe('live');
    expect(screen.getByRole('textbox', { name: 'width' })).toBeTruthy();
  });
});
