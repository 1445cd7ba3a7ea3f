// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { NumberField } from '../../components/controls/NumberField';
import { ListRange, RangeField } from '../../components/controls/RangeField';
import { Select } from '../../components/controls/Select';
import { Stat, StatGrid, statColumns } from '../../components/controls/Stat';
import { Toggle } from '../../components/controls/Toggle';

afterEach(cleanup);

function Field({ start = 12 }: { start?: number }) {
  const [v, setV] = useState(start);
  return (
    <>
      <NumberField label="channels C" name="C" value={v} onChange={setV} min={1} max={64} />
      <span data-testid="used">{v}</span>
    </>
  );
}

function Slider() {
  const [v, setV] = useState(8);
  return (
    <RangeField label="channels C" name="C" numberBox value={v} onChange={setV} min={1} max={4096} sliderMax={32} />
  );
}

describe('NumberField', () => {
  it('uses a whole number in range as soon as it is typed', () => {
    render(<Field />);
    fireEvent.change(screen.getByLabelText('channels C'), { target: { value: '40' } });
    expect(screen.getByTestId('used').textContent).toBe('40');
  });

  it.each([
    ['-4', 'C must be from 1 to 64 (you typed -4).'],
    ['65', 'C must be from 1 to 64 (you typed 65).'],
    ['2.5', 'C must be a whole number (you typed “2.5”).'],
    ['', 'Enter a value for C.'],
  ])('refuses %j, keeps the previous value and says why', (typed, why) => {
    render(<Field />);
    const field = screen.getByLabelText('channels C') as HTMLInputElement;
    fireEvent.change(field, { target: { value: typed } });
    expect(field.value).toBe(typed);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe(`${why} Still using C = 12.`);
    expect(screen.getByTestId('used').textContent).toBe('12');
    fireEvent.blur(field);
    expect(field.value).toBe('12');
  });

  it('shows a value changed elsewhere (Back, its slider) once its own draft is valid', () => {
    const { rerender } = render(<NumberField label="C" value={4} onChange={() => {}} min={1} max={9} />);
    const field = screen.getByLabelText('C') as HTMLInputElement;
    fireEvent.change(field, { target: { value: '4' } });
    rerender(<NumberField label="C" value={7} onChange={() => {}} min={1} max={9} />);
    expect(field.value).toBe('7');
  });
});

describe('RangeField', () => {
  it('names the slider and its number box by the one visible label; both show one value', () => {
    render(<Slider />);
    const box = screen.getByRole('spinbutton', { name: 'channels C' }) as HTMLInputElement;
    const slider = screen.getByRole('slider', { name: 'channels C' }) as HTMLInputElement;
    fireEvent.change(slider, { target: { value: '20' } });
    expect(box.value).toBe('20');
    fireEvent.change(box, { target: { value: '30' } });
    expect(slider.value).toBe('30');
    // The box accepts the whole range; the slider stops at its own end.
    fireEvent.change(box, { target: { value: '100' } });
    expect(box.value).toBe('100');
    expect(slider.value).toBe('32');
  });

  it('a list slider moves one entry per step and reads its value out', () => {
    function Ratio() {
      const [v, setV] = useState(2);
      return <ListRange label="groups g" values={[1, 2, 4, 8]} value={v} onChange={setV} format={(g) => `g = ${g}`} />;
    }
    render(<Ratio />);
    const slider = screen.getByRole('slider', { name: 'groups g' });
    expect(slider.getAttribute('aria-valuetext')).toBe('g = 2');
    fireEvent.change(slider, { target: { value: '3' } });
    expect(slider.getAttribute('aria-valuetext')).toBe('g = 8');
  });
});

describe('Select, Toggle and Stat', () => {
  it('a select gives back the option value with its type', () => {
    let picked: number | null = null;
    render(
      <Select
        label="feature map h×w"
        value={14}
        onChange={(v) => (picked = v)}
        options={[7, 14, 28].map((s) => ({ value: s, label: `${s}×${s}` }))}
      />,
    );
    fireEvent.change(screen.getByLabelText('feature map h×w'), { target: { value: '28' } });
    expect(picked).toBe(28);
  });

  it('a toggle is a named checkbox', () => {
    let on = true;
    render(<Toggle label="ReLU" checked={on} onChange={(v) => (on = v)} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'ReLU' }));
    expect(on).toBe(false);
  });

  it('every control’s accessible name contains its visible label (axe)', async () => {
    const { container } = render(
      <div>
        <Slider />
        <Field />
        <Select
          label="structure"
          value="a"
          onChange={() => {}}
          options={[
            { value: 'a', label: 'one' },
            { value: 'b', label: 'two' },
          ]}
        />
        <Toggle label="shortcut (Add)" checked onChange={() => {}} />
        <StatGrid>
          <Stat label="MAC">1.2M</Stat>
        </StatGrid>
      </div>,
    );
    const result = await axe.run(container, {
      runOnly: ['label', 'label-content-name-mismatch', 'aria-input-field-name', 'duplicate-id'],
    });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });
});

describe('StatGrid', () => {
  it('caps the cards a row so that the rows come out even', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(statColumns)).toEqual([1, 2, 3, 4, 3, 3, 4, 4]);
    // every count above four fills its rows but for at most one gap
    for (let n = 5; n <= 12; n++) expect(Math.ceil(n / statColumns(n)) * statColumns(n) - n).toBeLessThanOrEqual(1);
    const { container } = render(
      <StatGrid>
        {['a', 'b', 'c', 'd', 'e', 'f'].map((x) => (
          <Stat key={x} label={x}>
            1
          </Stat>
        ))}
      </StatGrid>,
    );
    expect((container.firstElementChild as HTMLElement).style.getPropertyValue('--stat-columns')).toBe('3');
  });
});
