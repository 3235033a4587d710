/** The `<option>`s of a Fluent `Select`, one per value, labelled by the value itself unless told otherwise. */
export function Options<T extends string | number>({
  values,
  label,
}: {
  values: readonly T[];
  label?: (value: T) => string;
}) {
  return (
    <>
      {values.map((value) => (
        <option key={value} value={value}>
          {label ? label(value) : value}
        </option>
      ))}
    </>
  );
}
