import { createContext, useContext, type ReactNode } from 'react';

import type { YishiBridge } from '../../core/api/bridge.js';
import type { Input, Method, Output } from '../../core/api/contract.js';
import { err, type Result } from '../../core/result.js';
import { reportConnectionLoss } from '../bridge/connection.js';

export type Call = <M extends Method>(method: M, input: Input<M>) => Promise<Result<Output<M>>>;

// Calls main and turns a transport failure into a value, so no screen handles exceptions;
// the failure is also reported as a lost connection, which replaces every screen. A
// 'profile.locked' answer means main locked behind our back: the app shows the unlock
// screen at once.
export function createCall(bridge: YishiBridge, onLocked: () => void): Call {
  return async (method, input) => {
    let result;

    try {
      result = await bridge.invoke(method, input);
    } catch {
      reportConnectionLoss('unreachable');
      return err('internal', `transport failed for ${method}`);
    }

    if (!result.ok && result.error.code === 'profile.locked') onLocked();
    return result;
  };
}

const CallContext = createContext<Call | null>(null);

export function CallProvider(props: { call: Call; children: ReactNode }) {
  return <CallContext.Provider value={props.call}>{props.children}</CallContext.Provider>;
}

export function useCall(): Call {
  const call = useContext(CallContext);
  if (!call) throw new Error('useCall outside CallProvider');
  return call;
}
