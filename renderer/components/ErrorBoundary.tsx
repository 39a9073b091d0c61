import { Component, type ReactNode } from 'react';

type Props = Readonly<{
  // What to show instead of the children once one of them threw while rendering; `reset`
  // renders the children again.
  fallback: (error: unknown, reset: () => void) => ReactNode;
  children: ReactNode;
}>;

type State = Readonly<{ error: unknown; failed: boolean }>;

// Keeps a rendering bug (or a reader whose code could not be fetched) from blanking the
// whole window: React unmounts everything below the nearest boundary, so whatever the
// failed subtree showed (decrypted pages included) is gone and the fallback takes its place.
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  private readonly reset = (): void => this.setState({ error: null, failed: false });

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return this.props.fallback(this.state.error, this.reset);
  }
}
