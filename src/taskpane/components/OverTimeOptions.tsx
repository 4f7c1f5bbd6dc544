/**
 * The "Over time" step's method options, named as KPI.SPC names them: the baseline points
 * that fix the limits, screening of moving ranges (on, as NHSRplotthedots; off gives the
 * MDC Excel tool's limits), and the rule length for runs and trends (7).
 */
import { useEffect, useState } from 'react';
import { Checkbox, Field, Input } from '@fluentui/react-components';
import { DEFAULT_RULE_LENGTH, RANGE_LIMIT_MULTIPLIER, type OverTimeSettings } from '../../plan/over-time';
import { useFieldsetStyles } from './fieldset-styles';

export interface OverTimeOptionsProps {
  options: OverTimeSettings;
  onChange: (change: Partial<OverTimeSettings>) => void;
  /** Whether every field holds a number the method can use: while one does not, nothing is written with a value the user no longer sees. */
  onValidity: (valid: boolean) => void;
}

/** A whole number of at least `least`, or null for a blank when blank is allowed; undefined when the text is neither. */
function readCount(text: string, least: number, blankAllowed: boolean): number | null | undefined {
  if (text.trim() === '') return blankAllowed ? null : undefined;
  const value = Number(text);
  return Number.isInteger(value) && value >= least ? value : undefined;
}

interface CountFieldProps {
  label: string;
  hint: string;
  value: number | null;
  least: number;
  blankAllowed: boolean;
  onChange: (value: number | null) => void;
  onValidity: (valid: boolean) => void;
}

/** A number field that passes on only a whole number it can use, and says why otherwise. */
function CountField({ label, hint, value, least, blankAllowed, onChange, onValidity }: CountFieldProps) {
  const [text, setText] = useState(value === null ? '' : String(value));
  const [halfTyped, setHalfTyped] = useState(false);
  const read = halfTyped ? undefined : readCount(text, least, blankAllowed);
  const valid = read !== undefined;
  useEffect(() => onValidity(valid), [valid, onValidity]);
  return (
    <Field label={label} hint={hint} validationState={read === undefined ? 'error' : 'none'} validationMessage={read === undefined ? `Enter a whole number, ${least} or more${blankAllowed ? ', or leave it blank' : ''}.` : undefined}>
      <Input
        type="number"
        min={least}
        value={text}
        onChange={(event, data) => {
          // A number field reports half-typed text ("1e", "-") as "", which would read as blank: it is an error until it is a number.
          const bad = event.target.validity.badInput;
          setHalfTyped(bad);
          setText(data.value);
          const next = bad ? undefined : readCount(data.value, least, blankAllowed);
          if (next !== undefined) onChange(next);
        }}
      />
    </Field>
  );
}

export function OverTimeOptions({ options, onChange, onValidity }: OverTimeOptionsProps) {
  const group = useFieldsetStyles();
  const [baselineValid, setBaselineValid] = useState(true);
  const [lengthValid, setLengthValid] = useState(true);
  useEffect(() => onValidity(baselineValid && lengthValid), [baselineValid, lengthValid, onValidity]);
  return (
    <fieldset className={group.box}>
      <legend className={group.legend}>Method (as KPI.SPC names it)</legend>
      <CountField
        label="Baseline points"
        hint="Fix the mean and limits on the first points; blank uses every point."
        value={options.baselinePoints}
        least={2}
        blankAllowed
        onChange={(baselinePoints) => onChange({ baselinePoints })}
        onValidity={setBaselineValid}
      />
      <Checkbox
        label={`Screen moving ranges (leave out those above ${RANGE_LIMIT_MULTIPLIER} × their mean, as NHSRplotthedots; off gives the MDC Excel tool’s limits)`}
        checked={options.screenOutliers}
        onChange={(_, data) => onChange({ screenOutliers: data.checked === true })}
      />
      <CountField
        label="Rule length"
        hint={`Points in a row for a run or a trend (${DEFAULT_RULE_LENGTH}, as NHSRplotthedots).`}
        value={options.ruleLength}
        least={2}
        blankAllowed={false}
        onChange={(ruleLength) => ruleLength !== null && onChange({ ruleLength })}
        onValidity={setLengthValid}
      />
    </fieldset>
  );
}
