import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { useApi } from "../api/api-context.tsx";
import { ApiError } from "../api/api-error.ts";
import type { Me, MfaPending } from "../api/types.ts";

type SessionState =
  | { status: "loading" }
  | { status: "signed-out"; mfa?: MfaPending["mfa"] }
  | { status: "signed-in"; me: Me };

interface SessionApi {
  state: SessionState;
  /** Signs in with a password; resolves to the second factor still owed, if any. */
  signIn(input: { email: string; password: string; tenant?: string }): Promise<MfaPending["mfa"] | null>;
  /** Finishes a sign-in that owes a TOTP or recovery code. */
  verifyCode(code: string): Promise<void>;
  signOut(): Promise<void>;
  /** Takes a fresh description of the caller (after changing one's own name, say). */
  replaceMe(me: Me): void;
}

const SessionContext = createContext<SessionApi | null>(null);

function isMfaPending(value: Me | MfaPending): value is MfaPending {
  return "mfa" in value;
}

/** Who is signed in: read once from GET /v1/me, then changed by sign-in and sign-out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [state, setState] = useState<SessionState>({ status: "loading" });

  const enter = useCallback(
    (me: Me) => {
      api.setCsrfToken(me.csrfToken);
      setState({ status: "signed-in", me });
    },
    [api],
  );

  useEffect(() => {
    let cancelled = false;
    api
      .get<Me>("/v1/me")
      .then((me) => !cancelled && enter(me))
      .catch((error: unknown) => {
        if (cancelled) return;
        if (!(error instanceof ApiError) || error.status !== 401) console.error(error);
        setState({ status: "signed-out" });
      });
    api.onUnauthenticated(() => setState({ status: "signed-out" }));
    return () => {
      cancelled = true;
      api.onUnauthenticated(undefined);
    };
  }, [api, enter]);

  const value = useMemo<SessionApi>(
    () => ({
      state,
      async signIn(input) {
        const answer = await api.post<Me | MfaPending>("/v1/auth/login", input);
        if (isMfaPending(answer)) {
          api.setCsrfToken(answer.csrfToken);
          setState({ status: "signed-out", mfa: answer.mfa });
          return answer.mfa;
        }
        enter(answer);
        return null;
      },
      async verifyCode(code) {
        await api.post("/v1/auth/mfa/verify", { code });
        enter(await api.get<Me>("/v1/me"));
      },
      replaceMe: enter,
      async signOut() {
        try {
          await api.post("/v1/auth/logout");
        } finally {
          api.setCsrfToken(undefined);
          setState({ status: "signed-out" });
        }
      },
    }),
    [api, enter, state],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session of the surrounding SessionProvider. */
export function useSession(): SessionApi {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession needs a <SessionProvider> above it");
  return session;
}

/** The signed-in caller; only for components rendered inside the workbench. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== "signed-in") throw new Error("useMe is only for signed-in screens");
  return state.me;
}
