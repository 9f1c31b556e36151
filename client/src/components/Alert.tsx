import type { ReactNode } from 'react';
import { Icon } from './Icon';

type Variant = 'info' | 'success' | 'warning' | 'error';
const icons: Record<Variant, string> = {
  info: 'info',
  success: 'success',
  warning: 'warning',
  error: 'error',
};

interface Props {
  variant: Variant;
  heading?: ReactNode;
  children?: ReactNode;
  /** `alert` interrupts (errors); `status` waits politely (confirmations). */
  role?: 'alert' | 'status';
  id?: string;
}

export function Alert({ variant, heading, children, role, id }: Props) {
  return (
    <div className={`alert alert-${variant} has-icon`} role={role} id={id}>
      <span className="alert-icon">
        <Icon name={icons[variant]} />
      </span>
      <div className="alert-body">
        {heading && <p className="alert-heading">{heading}</p>}
        {children && <div className="alert-text">{children}</div>}
      </div>
    </div>
  );
}
