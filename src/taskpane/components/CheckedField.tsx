import { Field, type FieldProps } from '@fluentui/react-components';

export interface CheckedFieldProps extends Omit<FieldProps, 'validationState' | 'validationMessage'> {
  /** What is wrong with the value, if anything: shown under the field, which is then marked in error. */
  message?: string;
}

/** A labelled field that says what is wrong with its value: the kit's fields and the features' inputs use it. */
export function CheckedField({ message, ...field }: CheckedFieldProps) {
  return <Field {...field} validationState={message ? 'error' : 'none'} validationMessage={message} />;
}
