import { TextField } from "../app/text-field.tsx";

/** The email a visitor signs in with, marked as the username for password managers. */
export function EmailField(props: { label: string; value: string; onChange: (value: string) => void }) {
  return (
    <TextField
      label={props.label}
      type="email"
      name="email"
      autoComplete="username"
      required
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
    />
  );
}
