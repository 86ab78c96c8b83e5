// The lever panel: one control per lever (sliders, switches, the scope picker, the withdrawal step), read as
// LeverSettings, shown from the model's current values, and reporting each change the teacher makes.
import type { Scope } from '../../scenario/schema.js';
import type { LeverChange, LeverSettings } from '../protocol.js';

export interface LeverControls {
  read(): LeverSettings;
  /** Shows the levers' values; only controls whose value differs are touched, so a slider being dragged is left alone. */
  show(levers: LeverSettings): void;
}

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`clustersim/lever-controls: the page has no #${id}`);
  return found as T;
}

/** A slider and the <output> next to it that shows its value. */
function slider(id: string, format: (v: number) => string) {
  const input = element<HTMLInputElement>(id);
  const output = element<HTMLOutputElement>(`${id}-value`);
  const showValue = () => void (output.value = format(Number(input.value)));
  showValue();
  input.addEventListener('input', showValue);
  return {
    input,
    read: () => Number(input.value),
    write: (v: number) => {
      if (Number(input.value) !== v) input.value = String(v);
      showValue();
    },
  };
}

function toggle(id: string) {
  const input = element<HTMLInputElement>(id);
  return { input, read: () => input.checked, write: (v: boolean) => void (input.checked !== v && (input.checked = v)) };
}

export function bindLevers(onChange: (change: LeverChange) => void): LeverControls {
  const openEventShare = slider('lever-openEventShare', (v) => `${Math.round(v * 100)}%`);
  const subsidyLevel = slider('lever-subsidyLevel', (v) => `${v.toFixed(1)}x`);
  const feePerFirmMonth = slider('lever-feePerFirmMonth', (v) => `${v.toFixed(2)} M KRW`);
  const nonStrategicFirms = toggle('lever-nonStrategicFirms');
  const initiative = toggle('lever-initiative');
  const expertPool = toggle('lever-expertPool');
  const withdraw = toggle('lever-withdraw');
  const withdrawalAt = element<HTMLInputElement>('lever-withdrawalAt');
  const scope = element<HTMLSelectElement>('lever-scope');

  const readWithdrawal = () => (withdraw.read() ? Math.max(0, Math.round(Number(withdrawalAt.value) || 0)) : null);
  const controls: LeverControls = {
    read: () => ({
      openEventShare: openEventShare.read(),
      nonStrategicFirms: nonStrategicFirms.read(),
      scope: scope.value as Scope,
      subsidyLevel: subsidyLevel.read(),
      withdrawalAt: readWithdrawal(),
      feePerFirmMonth: feePerFirmMonth.read(),
      initiative: initiative.read(),
      expertPool: expertPool.read(),
    }),
    show: (levers) => {
      openEventShare.write(levers.openEventShare);
      subsidyLevel.write(levers.subsidyLevel);
      feePerFirmMonth.write(levers.feePerFirmMonth);
      nonStrategicFirms.write(levers.nonStrategicFirms);
      initiative.write(levers.initiative);
      expertPool.write(levers.expertPool);
      withdraw.write(levers.withdrawalAt !== null);
      if (levers.withdrawalAt !== null && Number(withdrawalAt.value) !== levers.withdrawalAt) withdrawalAt.value = String(levers.withdrawalAt);
      if (scope.value !== levers.scope) scope.value = levers.scope;
    },
  };

  openEventShare.input.addEventListener('input', () => onChange({ key: 'openEventShare', value: openEventShare.read() }));
  subsidyLevel.input.addEventListener('input', () => onChange({ key: 'subsidyLevel', value: subsidyLevel.read() }));
  feePerFirmMonth.input.addEventListener('input', () => onChange({ key: 'feePerFirmMonth', value: feePerFirmMonth.read() }));
  nonStrategicFirms.input.addEventListener('change', () => onChange({ key: 'nonStrategicFirms', value: nonStrategicFirms.read() }));
  initiative.input.addEventListener('change', () => onChange({ key: 'initiative', value: initiative.read() }));
  expertPool.input.addEventListener('change', () => onChange({ key: 'expertPool', value: expertPool.read() }));
  scope.addEventListener('change', () => onChange({ key: 'scope', value: scope.value as Scope }));
  const withdrawalChanged = () => onChange({ key: 'withdrawalAt', value: readWithdrawal() });
  withdraw.input.addEventListener('change', withdrawalChanged);
  withdrawalAt.addEventListener('change', withdrawalChanged);
  return controls;
}
