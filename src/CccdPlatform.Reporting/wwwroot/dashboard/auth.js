// Signing in to the dashboard: the OpenID Connect code flow with PKCE (S256) against the identity service, whose
// discovery is on this origin through the gateway. The tokens live in this tab's sessionStorage only (gone with the
// tab, never shared with other tabs or left on the machine as localStorage would); the access token is renewed with
// the rotating refresh token shortly before it expires. A test may put a session there itself (an access token with
// no refresh token, as the reporting tests do with a development token); nothing in the page ever asks for a token.
"use strict";

const Auth = (() => {
  const CLIENT_ID = "cccd-dashboard";
  const SCOPE = "openid profile offline_access";
  const SESSION = "cccd.session";
  const PENDING = "cccd.sign-in";
  const SIGNED_OUT = "cccd.signed-out";
  // Renewed this long before expiry, so that a request never leaves with a token about to lapse.
  const MARGIN_MS = 60_000;
  const redirectUri = `${location.origin}/api/reports/dashboard/`;
  let configuration = null;
  let timer = null;
  let renewing = null;
  let onLost = () => {};

  async function discover() {
    if (!configuration) {
      const response = await fetch("/.well-known/openid-configuration", { cache: "no-store" });
      if (!response.ok) throw new Error(`Không liên lạc được máy chủ định danh · the identity service is unreachable (${response.status}).`);
      configuration = await response.json();
    }
    return configuration;
  }

  function base64Url(bytes) {
    return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function randomText() {
    return base64Url(crypto.getRandomValues(new Uint8Array(32)));
  }

  function claimsOf(jwt) {
    try {
      const payload = jwt.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
      const bytes = Uint8Array.from(atob(payload), c => c.charCodeAt(0));
      return JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      return {};
    }
  }

  function current() {
    return JSON.parse(sessionStorage.getItem(SESSION) || "null");
  }

  /** Who is signed in, from the ID token (or, for a session a test put here, the access token): same claim names. */
  function profile() {
    const session = current();
    if (!session) return null;
    const claims = claimsOf(session.idToken || session.accessToken);
    return { name: claims.name || claims.preferred_username || claims.sub || "", unitCode: claims.unitCode || "", role: claims.role || "" };
  }

  /** Leaves for the identity service's sign-in page; the page comes back to the dashboard with a code. */
  async function signIn(unit) {
    const verifier = randomText();
    const challenge = base64Url(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier))));
    const state = randomText();
    const { authorization_endpoint: endpoint } = await discover();
    sessionStorage.setItem(PENDING, JSON.stringify({ state, verifier, unit }));
    const url = new URL(endpoint);
    url.search = new URLSearchParams({
      client_id: CLIENT_ID, response_type: "code", scope: SCOPE, redirect_uri: redirectUri,
      code_challenge: challenge, code_challenge_method: "S256", state,
    }).toString();
    location.assign(url);
  }

  /**
   * At load: exchanges the code the identity service sent back for tokens. Returns what the page needs to go on
   * (the unit asked for before leaving), or null when this load is not a return from sign-in.
   */
  async function completeSignIn() {
    const query = new URLSearchParams(location.search);
    if (!query.has("code") && !query.has("error")) return null;
    const pending = JSON.parse(sessionStorage.getItem(PENDING) || "null");
    sessionStorage.removeItem(PENDING);
    // The code is single-use and worthless once spent, but it has no place in the history or a bookmark.
    history.replaceState(null, "", location.pathname);
    if (query.has("error")) {
      throw new Error(`Đăng nhập không thành công · sign-in failed: ${query.get("error_description") || query.get("error")}`);
    }
    if (!pending || pending.state !== query.get("state")) {
      throw new Error("Phiên đăng nhập không khớp, hãy đăng nhập lại · the sign-in did not match this tab; sign in again.");
    }
    save(await tokenRequest({
      grant_type: "authorization_code", code: query.get("code"), redirect_uri: redirectUri,
      client_id: CLIENT_ID, code_verifier: pending.verifier,
    }));
    return { unit: pending.unit };
  }

  async function tokenRequest(fields) {
    const { token_endpoint: endpoint } = await discover();
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
      body: new URLSearchParams(fields),
      cache: "no-store",
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(body.error_description || body.error || `Lỗi ${response.status}`);
    return body;
  }

  function save(tokens) {
    const previous = current();
    const session = {
      accessToken: tokens.access_token,
      // Refresh tokens roll: each use returns the next one and the spent one is no longer accepted.
      refreshToken: tokens.refresh_token || previous?.refreshToken || null,
      idToken: tokens.id_token || previous?.idToken || null,
      expiresAt: Date.now() + (tokens.expires_in ?? 300) * 1000,
    };
    sessionStorage.setItem(SESSION, JSON.stringify(session));
    schedule(session);
  }

  function schedule(session) {
    clearTimeout(timer);
    if (!session?.refreshToken) return;
    const left = session.expiresAt - Date.now();
    timer = setTimeout(() => renew().catch(() => {}), Math.max(0, Math.min(left - MARGIN_MS, left * 0.8)));
  }

  /** One renewal at a time: the refresh token can be spent only once. */
  function renew() {
    renewing ??= (async () => {
      const session = current();
      try {
        save(await tokenRequest({ grant_type: "refresh_token", refresh_token: session.refreshToken, client_id: CLIENT_ID }));
      } catch (error) {
        forget();
        onLost("Phiên đăng nhập đã hết, hãy đăng nhập lại · your session ended; sign in again.");
        throw error;
      } finally {
        renewing = null;
      }
    })();
    return renewing;
  }

  /**
   * The access token for a request, renewed first when it is close to expiry (a timer may have slept with the
   * laptop or been held back in a background tab). Null when no one is signed in.
   */
  async function accessToken() {
    let session = current();
    if (session?.refreshToken && session.expiresAt - Date.now() < MARGIN_MS / 2) {
      await renew();
      session = current();
    }
    return session?.accessToken ?? null;
  }

  /** A request with the access token; on a 401 the token is renewed once and the request sent again. */
  async function authorizedFetch(url, init = {}) {
    const send = async () => {
      const token = await accessToken();
      if (!token) throw new Error("Chưa đăng nhập · not signed in.");
      return fetch(url, { ...init, headers: { ...init.headers, Authorization: `Bearer ${token}` } });
    };
    const response = await send();
    // Refused though not expired by our clock (a skewed clock, a revoked token): one renewal decides.
    if (response.status !== 401 || !current()?.refreshToken) return response;
    await renew().catch(() => {});
    return current() ? send() : response;
  }

  function forget() {
    clearTimeout(timer);
    sessionStorage.removeItem(SESSION);
  }

  /**
   * Ends the session at the identity service too, which sends the browser back to the dashboard. The refresh token is
   * revoked first: ending the sign-in session does not end it, and it would otherwise work for hours.
   */
  async function signOut() {
    const { idToken, refreshToken } = current() ?? {};
    forget();
    sessionStorage.setItem(SIGNED_OUT, "1");
    const { end_session_endpoint: endpoint, revocation_endpoint: revocation } = await discover();
    if (refreshToken && revocation) {
      await fetch(revocation, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ token: refreshToken, token_type_hint: "refresh_token", client_id: CLIENT_ID }),
      }).catch(() => {});
    }
    const url = new URL(endpoint);
    url.search = new URLSearchParams({
      client_id: CLIENT_ID, post_logout_redirect_uri: redirectUri, ...(idToken ? { id_token_hint: idToken } : {}),
    }).toString();
    location.assign(url);
  }

  /** True once after the identity service sent the browser back from signing out. */
  function justSignedOut() {
    const flag = sessionStorage.getItem(SIGNED_OUT) !== null;
    sessionStorage.removeItem(SIGNED_OUT);
    return flag;
  }

  function resume() {
    schedule(current());
  }

  return {
    signIn, completeSignIn, signOut, justSignedOut, profile, resume, fetch: authorizedFetch,
    onSessionLost: handler => { onLost = handler; },
  };
})();
