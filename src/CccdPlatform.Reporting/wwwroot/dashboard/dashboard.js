// The commanders' dashboard: reads reporting's JSON routes with the signed-in officer's token (auth.js) and redraws
// every few seconds while the page is open. No library, no network but ours.
"use strict";

const REFRESH_MS = 5000;
const API = "/api/reports";
const number = new Intl.NumberFormat("vi-VN");
const percent = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const SVG = "http://www.w3.org/2000/svg";

const STATUSES = [
  ["Received", "Chờ sinh trắc · awaiting biometrics"],
  ["RecaptureNeeded", "Cần thu nhận lại · recapture"],
  ["UnderReview", "Đang xác minh trùng · under review"],
  ["BiometricsAccepted", "Sinh trắc đạt · biometrics accepted"],
  ["Approved", "Đã duyệt · approved"],
  ["CardProduced", "Đã sản xuất thẻ · card produced"],
  ["CardDelivered", "Đã trả thẻ · delivered"],
  ["Cancelled", "Đã hủy · cancelled"],
];
const VISITS = [
  ["Station", "Tại trụ sở · station"],
  ["Home", "Tại nhà · home"],
  ["Hospital", "Bệnh viện · hospital"],
  ["WorkplaceOrSchool", "Nơi làm việc, trường học · workplace, school"],
  ["Other", "Khác · other"],
];

let timer = null;
let busy = false;

document.getElementById("connect").addEventListener("submit", event => {
  event.preventDefault();
  sessionStorage.setItem("cccd.unit", document.getElementById("unit").value.trim());
  start();
});
document.getElementById("sign-in").addEventListener("click", () =>
  Auth.signIn(document.getElementById("unit").value.trim()).catch(error => say(error.message, true)));
document.getElementById("sign-out").addEventListener("click", () => {
  clearInterval(timer);
  Auth.signOut().catch(error => say(error.message, true));
});
Auth.onSessionLost(message => signedOut(message, true));

window.addEventListener("DOMContentLoaded", async () => {
  // Read before a return from sign-in clears the address; kept across the sign-in by auth.js.
  const asked = new URLSearchParams(location.search).get("unit");
  document.getElementById("unit").value = asked || "";
  let returned = null;
  try {
    returned = await Auth.completeSignIn();
  } catch (error) {
    signedOut(error.message, true);
    return;
  }
  const profile = Auth.profile();
  if (!profile) {
    signedOut(Auth.justSignedOut()
      ? "Đã đăng xuất · signed out. Đăng nhập để xem lại · sign in to see the figures again."
      : "Đăng nhập để xem số liệu · sign in to see the figures.", false);
    return;
  }
  Auth.resume();
  // The unit asked for in the address, else the one chosen before signing in, else the officer's own.
  const unit = asked || returned?.unit || sessionStorage.getItem("cccd.unit") || profile.unitCode;
  document.getElementById("unit").value = unit;
  sessionStorage.setItem("cccd.unit", unit);
  document.getElementById("who-name").textContent = profile.name;
  document.getElementById("who-role").textContent = profile.role;
  document.getElementById("who-unit").textContent = profile.unitCode;
  document.getElementById("who").hidden = false;
  document.getElementById("sign-in").hidden = true;
  document.getElementById("connect").hidden = false;
  start();
});

function signedOut(message, isError) {
  clearInterval(timer);
  document.getElementById("who").hidden = true;
  document.getElementById("connect").hidden = true;
  document.getElementById("board").hidden = true;
  const signIn = document.getElementById("sign-in");
  signIn.hidden = false;
  signIn.focus();
  say(message, isError);
}

function start() {
  clearInterval(timer);
  refresh();
  timer = setInterval(refresh, REFRESH_MS);
}

async function refresh() {
  if (busy) return;
  busy = true;
  const unit = sessionStorage.getItem("cccd.unit");
  // ?to=2025-06-30 (and ?from=) shows a past period: its units are those of its map, 2023's for a period before 1 July 2025.
  const asked = new URLSearchParams(location.search);
  try {
    const progress = await get(`progress?unitCode=${encodeURIComponent(unit)}`);
    const last = asked.get("to") || progress.today;
    const period = asked.get("to") || asked.get("from") ? `&from=${asked.get("from") || addDays(last, -13)}&to=${last}` : "";
    const [units, daily, teams] = await Promise.all([
      get(`units?unitCode=${encodeURIComponent(unit)}${period}`),
      get(`daily?unitCode=${encodeURIComponent(unit)}&from=${asked.get("from") || addDays(last, -13)}&to=${last}`),
      get(`teams?unitCode=${encodeURIComponent(unit)}&from=${addDays(last, -6)}&to=${last}`),
    ]);
    draw(progress, units, daily, teams);
    document.getElementById("board").hidden = false;
    say(`Cập nhật lúc ${new Date().toLocaleTimeString("vi-VN")} · tự động mỗi ${REFRESH_MS / 1000} giây · updates itself`, false);
  } catch (error) {
    say(error.message, true);
  } finally {
    busy = false;
  }
}

async function get(route) {
  const response = await Auth.fetch(`${API}/${route}`, { headers: { Accept: "application/json" }, cache: "no-store" });
  if (response.status === 401) throw new Error("Phiên đăng nhập không hợp lệ hoặc đã hết hạn · the session is invalid or expired.");
  if (response.status === 403) throw new Error("Đơn vị ngoài phạm vi của bạn hoặc vai trò không được xem · outside your unit or role.");
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.title || `Lỗi ${response.status}`);
  }
  return response.json();
}

function draw(progress, units, daily, teams) {
  document.getElementById("unit-name").textContent = `${progress.unitName || "Đơn vị"} (${progress.unitCode})`;
  const map = document.getElementById("unit-map");
  map.dataset.map = units.map;
  map.textContent = units.map === "ThreeTier2023"
    ? "Đơn vị hành chính 3 cấp trước 1/7/2025 · units of 2023 (province, district, commune)"
    : "Đơn vị hành chính 2 cấp từ 1/7/2025 · today's units (province, commune)";
  const todayRow = daily.days.find(d => d.day === progress.today);
  figure("received", progress.received);
  figure("today", todayRow ? todayRow.received : 0);
  figure("coverage", progress.coverage, v => `${percent.format(v)} %`);
  figure("covered", progress.covered);
  figure("eligible", progress.eligible);
  figure("remaining", progress.remaining);
  figure("forecast", progress.forecast.date, formatDay);
  figure("daily-rate", progress.forecast.dailyRate);
  figure("for-other-provinces", progress.crossProvince.collectedForOtherProvinces);
  figure("received-elsewhere", progress.crossProvince.receivedElsewhere);
  figure("eid-total", progress.eIdAccounts.total);
  figure("eid-level1", progress.eIdAccounts.byLevel["1"] ?? 0);
  figure("eid-level2", progress.eIdAccounts.byLevel["2"] ?? 0);
  figure("eid-pending", progress.eIdAccounts.byState.PendingActivation ?? 0);
  figure("eid-breached", progress.eIdAccounts.deadlinesBreached);
  document.getElementById("eligible-source").textContent =
    progress.eligibleSource === "Target" ? "(chỉ tiêu · target)" : progress.eligibleSource === "Roster" ? "(theo danh sách · rosters)" : "";

  coverageChart(units.units);
  dailyChart(daily.days);
  breakdown("pipeline", STATUSES, progress.byStatus);
  breakdown("visits", VISITS, progress.byVisitType);
  league("teams", teams.teams, progress.today);
  league("machines", teams.machines, progress.today);
  idle("idle-teams", teams.idleTeams);
  idle("idle-machines", teams.idleMachines);
}

/** Shows a figure; its raw value stays in data-value so that tests and scripts can read it exactly. */
function figure(name, value, format = v => number.format(v)) {
  for (const element of document.querySelectorAll(`[data-figure="${name}"]`)) {
    element.dataset.value = value ?? "";
    element.textContent = value === null || value === undefined ? "—" : format(value);
  }
}

function coverageChart(units) {
  // Units with figures as bars, the least covered first; units with nothing at all named below, since those are the
  // first a commander asks about.
  const rows = units.filter(u => u.received > 0 || u.eligible !== null).sort((a, b) =>
    (a.coverage ?? Infinity) - (b.coverage ?? Infinity) || b.received - a.received || a.unitCode.localeCompare(b.unitCode));
  const idle = units.filter(u => !rows.includes(u));
  const maxReceived = Math.max(1, ...rows.map(u => u.received));
  const width = 640, labelWidth = 190, valueWidth = 130, rowHeight = 22;
  const svg = element("svg", { viewBox: `0 0 ${width} ${Math.max(rowHeight, rows.length * rowHeight)}`, role: "img" });
  const track = width - labelWidth - valueWidth;
  rows.forEach((unit, i) => {
    const y = i * rowHeight;
    const share = unit.coverage !== null ? Math.min(unit.coverage, 100) / 100 : unit.received / maxReceived;
    const group = element("g", { "data-unit": unit.unitCode, "data-received": unit.received, "data-coverage": unit.coverage ?? "" });
    group.append(
      text(labelWidth - 6, y + 15, `${unit.name || unit.unitCode}`, "end"),
      element("rect", { x: labelWidth, y: y + 4, width: track, height: 14, class: "bar-track" }),
      element("rect", { x: labelWidth, y: y + 4, width: Math.max(0, share * track), height: 14, class: unit.coverage !== null ? "bar-covered" : "bar-received" }),
      text(labelWidth + track + 6, y + 15, unit.coverage !== null
        ? `${percent.format(unit.coverage)} % · ${number.format(unit.received)}`
        : `${number.format(unit.received)} hồ sơ`));
    svg.append(group);
  });
  const parts = [rows.length ? svg : empty("Chưa có số liệu · no figures yet")];
  if (idle.length) {
    const note = empty(`Chưa có hồ sơ, chưa có chỉ tiêu (${idle.length}) · nothing yet: ${idle.map(u => u.name || u.unitCode).join(", ")}`);
    note.id = "idle-units";
    parts.push(note);
  }
  document.getElementById("coverage-chart").replaceChildren(...parts);
}

function dailyChart(days) {
  const width = 640, height = 260, bottom = 36, top = 18, left = 8;
  const max = Math.max(1, ...days.map(d => d.received));
  const slot = (width - left) / days.length;
  const scale = v => (v / max) * (height - top - bottom);
  const svg = element("svg", { viewBox: `0 0 ${width} ${height}`, role: "img" });
  days.forEach((day, i) => {
    const x = left + i * slot + slot * 0.15, barWidth = slot * 0.7;
    const station = day.byChannel.Station ?? 0, mobile = day.byChannel.Mobile ?? 0;
    const base = height - bottom;
    const group = element("g", { "data-day": day.day, "data-received": day.received });
    group.append(
      element("rect", { x, y: base - scale(station), width: barWidth, height: scale(station), class: "station" }),
      element("rect", { x, y: base - scale(station) - scale(mobile), width: barWidth, height: scale(mobile), class: "mobile" }),
      text(x + barWidth / 2, base - scale(day.received) - 4, day.received ? number.format(day.received) : "", "middle"),
      text(x + barWidth / 2, height - bottom + 16, formatDay(day.day).slice(0, 5), "middle", "axis"));
    svg.append(group);
  });
  replace("daily-chart", svg);
}

function breakdown(id, labels, figures) {
  const total = Math.max(1, ...labels.map(([key]) => figures[key] ?? 0));
  const table = document.getElementById(id);
  table.replaceChildren(...labels.map(([key, label]) => {
    const value = figures[key] ?? 0;
    const row = document.createElement("tr");
    row.dataset.key = key;
    row.innerHTML = `<td></td><td class="num"></td><td class="meter"><div class="fill"></div></td>`;
    row.children[0].textContent = label;
    row.children[1].textContent = number.format(value);
    row.children[1].dataset.value = value;
    row.querySelector(".fill").style.width = `${(100 * value) / total}%`;
    return row;
  }));
}

function league(id, entries, today) {
  const body = document.querySelector(`#${id} tbody`);
  if (!entries.length) {
    body.innerHTML = `<tr><td colspan="4" class="empty">Chưa có hồ sơ trong 7 ngày · nothing in the last 7 days</td></tr>`;
    return;
  }
  body.replaceChildren(...entries.slice(0, 15).map((entry, i) => {
    const row = document.createElement("tr");
    const todays = entry.days.find(d => d.day === today)?.records ?? 0;
    row.dataset.code = entry.code;
    row.dataset.records = entry.records;
    row.innerHTML = `<td class="num">${i + 1}</td><td></td><td class="num"></td><td class="num"></td>`;
    row.children[1].textContent = labelOf(entry);
    row.children[2].textContent = number.format(entry.records);
    row.children[3].textContent = number.format(todays);
    return row;
  }));
}

function labelOf(entry) {
  return entry.name ? `${entry.name} (${entry.code})` : entry.code;
}

// Registered teams and machines with no record in the 7 days: the commander's first question about a slow district.
function idle(id, entries) {
  const line = document.getElementById(id);
  line.dataset.codes = (entries ?? []).map(e => e.code).join(" ");
  line.textContent = entries?.length
    ? `Chưa thu nhận · collected nothing: ${entries.map(labelOf).join(", ")}`
    : "";
}

function element(name, attributes = {}) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
}

function text(x, y, content, anchor = "start", cssClass = "") {
  const node = element("text", { x, y, "text-anchor": anchor, class: cssClass });
  node.textContent = content;
  return node;
}

function empty(message) {
  const node = document.createElement("p");
  node.className = "empty";
  node.textContent = message;
  return node;
}

function replace(id, node) {
  document.getElementById(id).replaceChildren(node);
}

function say(message, isError) {
  const status = document.getElementById("status");
  status.textContent = message;
  status.classList.toggle("error", isError);
}

function addDays(isoDay, days) {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function formatDay(isoDay) {
  const [year, month, day] = isoDay.split("-");
  return `${day}/${month}/${year}`;
}
