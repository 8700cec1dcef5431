// The offline queue: applications the officer made while the platform could not be reached, kept in IndexedDB until
// they are sent through intake's batch route. Everything that names a citizen is encrypted with AES-256-GCM under a
// key WebCrypto made non-extractable and that is kept in the same database: script can use it but never read it out,
// so a copy of the browser profile's files yields ciphertext only. Code running in this page can still decrypt
// (see the README's threat model). In clear: the client item id, who queued it, when, and whether it waits or has a
// problem, which is what the queue count and the signed-out view need.

const DATABASE = "cccd-station";
const VERSION = 1;
const KEYS = "keys";
const ITEMS = "queue";
const KEY_ID = "queue-key";

let opened = null;
let key = null;

function request(r) {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

function open() {
  opened ??= new Promise((resolve, reject) => {
    const r = indexedDB.open(DATABASE, VERSION);
    r.onupgradeneeded = () => {
      r.result.createObjectStore(KEYS, { keyPath: "id" });
      r.result.createObjectStore(ITEMS, { keyPath: "clientItemId" });
    };
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  return opened;
}

async function store(name, mode = "readonly") {
  return (await open()).transaction(name, mode).objectStore(name);
}

/** The queue's key: made once per browser profile, never exportable, kept as a CryptoKey object in IndexedDB. */
async function queueKey() {
  if (key) return key;
  const kept = await request((await store(KEYS)).get(KEY_ID));
  if (kept) return (key = kept.key);
  const made = await crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
  // Two tabs may race to make it: add() lets only the first win, and the loser reads the winner's.
  try {
    await request((await store(KEYS, "readwrite")).add({ id: KEY_ID, key: made }));
    return (key = made);
  } catch {
    return (key = (await request((await store(KEYS)).get(KEY_ID))).key);
  }
}

// The item's id is authenticated with its ciphertext, so a ciphertext moved onto another item does not decrypt.
async function seal(clientItemId, content) {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv, additionalData: new TextEncoder().encode(clientItemId) },
    await queueKey(),
    new TextEncoder().encode(JSON.stringify(content)));
  return { iv, data };
}

async function unseal(record) {
  const plain = await crypto.subtle.decrypt(
    { name: "AES-GCM", iv: record.iv, additionalData: new TextEncoder().encode(record.clientItemId) },
    await queueKey(),
    record.data);
  return JSON.parse(new TextDecoder().decode(plain));
}

const changes = new BroadcastChannel("cccd-station-queue");

async function put(record) {
  await request((await store(ITEMS, "readwrite")).put(record));
  changes.postMessage("changed");
}

/** Queues an application (its JSON) for the officer; returns the client item id it will be sent under, for ever. */
export async function enqueue(owner, application) {
  const clientItemId = crypto.randomUUID();
  const sealed = await seal(clientItemId, { application, problem: null });
  await put({ clientItemId, owner, queuedAt: new Date().toISOString(), state: "waiting", ...sealed });
  return clientItemId;
}

/** What can be shown without decrypting: id, owner, time and state of every item, oldest first. */
export async function summary() {
  const all = await request((await store(ITEMS)).getAll());
  return all
    .map(({ clientItemId, owner, queuedAt, state }) => ({ clientItemId, owner, queuedAt, state }))
    .sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
}

/** The officer's items in full, decrypted, oldest first: {clientItemId, queuedAt, state, application, problem}. */
export async function list(owner) {
  const all = await request((await store(ITEMS)).getAll());
  const mine = all.filter(r => r.owner === owner).sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
  const items = [];
  for (const record of mine) {
    const { application, problem } = await unseal(record);
    items.push({ clientItemId: record.clientItemId, queuedAt: record.queuedAt, state: record.state, application, problem });
  }
  return items;
}

async function change(clientItemId, edit) {
  const record = await request((await store(ITEMS)).get(clientItemId));
  if (!record) return false;
  const content = edit(await unseal(record));
  await put({ ...record, state: content.problem ? "problem" : "waiting", ...(await seal(clientItemId, content)) });
  return true;
}

/** The officer corrected the item: it waits again, under the same client item id. */
export function update(clientItemId, application) {
  return change(clientItemId, () => ({ application, problem: null }));
}

/** The platform refused the item (Invalid or Conflict): it stays, with the problem to show on its fields. */
export function markProblem(clientItemId, problem) {
  return change(clientItemId, content => ({ ...content, problem }));
}

/** The platform holds the item (Created or AlreadyReceived): it leaves the queue. */
export async function remove(clientItemId) {
  await request((await store(ITEMS, "readwrite")).delete(clientItemId));
  changes.postMessage("changed");
}

/**
 * Tells the app when the network comes and goes and when another tab changed the queue; returns whether the browser
 * thinks it is online now.
 */
export function watch(listener) {
  const onNetwork = () => listener.invokeMethodAsync("NetworkChanged", navigator.onLine);
  window.addEventListener("online", onNetwork);
  window.addEventListener("offline", onNetwork);
  const others = new BroadcastChannel("cccd-station-queue");
  others.onmessage = () => listener.invokeMethodAsync("QueueChanged");
  return navigator.onLine;
}

export function online() {
  return navigator.onLine;
}
