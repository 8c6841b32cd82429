// The account area: wallet connection and sign-in state shared by every view.
import { request, sessionAddress, setSession } from "./api";
import { errorText, h, setStatus, shortAddr } from "./dom";
import { type Wallet, wallets } from "./discovery";

/** changed tells the router that the account or session changed. */
function changed(): void {
  window.dispatchEvent(new Event("swarmgate:session"));
}

let connected = "";

// The gateway ended the session (expired or revoked): offer Sign in again.
window.addEventListener("swarmgate:signedout", () => {
  renderAccount();
  setStatus("Your session ended: sign in again.", true);
});

/** renderAccount redraws the header's wallet and sign-in controls. */
export function renderAccount(): void {
  const box = document.getElementById("account")!;
  box.replaceChildren();
  if (!connected) {
    const list = wallets();
    if (list.length <= 1) {
      box.append(h("button", { type: "button", onclick: () => void doConnect(list[0]) }, "Connect wallet"));
    } else {
      const chooser = h("div", { class: "wallets", role: "group", "aria-label": "Wallets" });
      chooser.append(h("button", { type: "button", onclick: () => void doConnect(list[0]) }, "Connect wallet"));
      for (const w of list.slice(1)) {
        chooser.append(h("button", { type: "button", class: "secondary", onclick: () => void doConnect(w) },
          w.info.icon ? h("img", { src: w.info.icon, alt: "" }) : null, `Connect ${w.info.name}`));
      }
      box.append(chooser);
    }
    return;
  }
  box.append(h("span", { class: "addr", title: connected }, shortAddr(connected)));
  if (sessionAddress() === connected) {
    box.append(h("span", {}, "signed in"), h("button", { type: "button", class: "secondary", onclick: () => void signOut() }, "Sign out"));
  } else {
    box.append(h("button", { type: "button", onclick: () => void doSignIn() }, "Sign in"));
  }
}

async function doConnect(w: Wallet | undefined, rerender = true): Promise<void> {
  if (!w) {
    setStatus("No browser wallet found: install one (MetaMask, Rabby, Coinbase Wallet…) and reload, or use `swarmgate watch` on the command line.", true);
    return;
  }
  try {
    setStatus(`Connecting to ${w.info.name}…`);
    const wal = await import("./wallet");
    connected = await wal.connect(w.provider, () => {
      connected = wal.account() ?? "";
      renderAccount();
      changed();
    });
    setStatus(`Connected ${shortAddr(connected)}.`);
    renderAccount();
    if (rerender) changed();
  } catch (e) {
    setStatus("Could not connect the wallet: " + errorText(e), true);
  }
}

/** doSignIn signs in with the connected wallet; true on success. */
export async function doSignIn(rerender = true): Promise<boolean> {
  try {
    setStatus("Sign the sign-in message in your wallet…");
    const wal = await import("./wallet");
    const a = await wal.signIn();
    setStatus(`Signed in as ${shortAddr(a)}.`);
    renderAccount();
    if (rerender) changed();
    return true;
  } catch (e) {
    setStatus("Sign-in failed: " + errorText(e), true);
    renderAccount();
    return false;
  }
}

/** ensureConnected connects the only (or first) wallet when none is; true when connected. */
export async function ensureConnected(): Promise<boolean> {
  if (!connected) await doConnect(wallets()[0], false);
  return !!connected;
}

/** ensureSignedIn connects the only wallet and signs in when needed. */
export async function ensureSignedIn(): Promise<boolean> {
  if (!connected) await doConnect(wallets()[0], false);
  if (!connected) return false;
  if (sessionAddress() === connected) return true;
  return doSignIn(false);
}

async function signOut(): Promise<void> {
  try {
    await request("DELETE", "/v1/session", undefined, true);
  } catch {
    /* the session is dropped locally either way */
  }
  setSession("", "");
  navigator.serviceWorker?.controller?.postMessage({ type: "forget" }); // the player's content keys
  document.querySelectorAll("video").forEach((v) => v.removeAttribute("src"));
  setStatus("Signed out.");
  renderAccount();
  changed();
}

/** connectedAccount is the connected address, or "". */
export function connectedAccount(): string {
  return connected;
}

