import { TextField } from "../app/text-field.tsx";

/** A field for choosing a password: masked, and marked so password managers offer to generate and save one. */
export function NewPasswordField(props: {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <TextField
      label={props.label}
      type="password"
      name={props.name}
      autoComplete="new-password"
      required
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
    />
  );
}
