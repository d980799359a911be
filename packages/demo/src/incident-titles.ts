import type { schema } from "@penny/db";
import type { UnitKind } from "./company-plan.ts";
import type { Prng } from "./prng.ts";

type Severity = (typeof schema.incidents.$inferSelect)["severity"];

/** Where Acme's robots work: titles name places so incidents read like a real on-call log. */
const sites = [
  "Reno DC",
  "Rotterdam terminal",
  "Monterrey plant",
  "Leipzig hub",
  "Osaka depot",
  "Dallas fulfilment center",
  "Lyon warehouse",
] as const;
const regions = ["us-east", "us-west", "eu-central", "ap-northeast"] as const;

/** Title templates per kind of business and severity; `{site}`, `{region}` and `{version}` are filled in. */
const templates: Record<UnitKind, Record<Severity, readonly string[]>> = {
  industrial: {
    sev1: [
      "Fleet stopped at {site}: safety controller e-stop loop",
      "Fleet manager unreachable in {region}; robots holding position",
      "Firmware {version} rollout halts arm motion at {site}",
    ],
    sev2: [
      "AMR navigation stalls in narrow aisles at {site}",
      "Charging dock handshake failures after firmware {version}",
      "Telemetry ingestion backlog in {region}",
      "Pick rate down 30% at {site} after map update",
      "Lidar calibration drift on units at {site}",
    ],
    sev3: [
      "Intermittent Wi-Fi roaming drops at {site}",
      "Operator dashboard slow to load in {region}",
      "Gripper vacuum sensor false alarms at {site}",
      "Maintenance alerts duplicated for firmware {version}",
      "Battery health report missing cells at {site}",
      "Shift report export times out",
    ],
  },
  consumer: {
    sev1: [
      "Mobile app login failing for all users in {region}",
      "Cloud relay outage: robots offline for customers in {region}",
      "Firmware {version} OTA update bricking units",
    ],
    sev2: [
      "Push notifications delayed by hours in {region}",
      "OTA update {version} stuck at 90% for some units",
      "Voice assistant pairing fails on Android 15",
      "Checkout errors on the web store",
      "Map sync failures after app release {version}",
    ],
    sev3: [
      "Battery percentage shown wrong in app {version}",
      "Support chat widget not loading in {region}",
      "Scheduled runs start 5 minutes late",
      "Warranty registration emails not sent",
      "Return labels generated with wrong address format",
      "App crash when renaming a room on iOS",
    ],
  },
  services: {
    sev1: [
      "Dispatch system down in {region}: no technician routing",
      "Drone flight planner rejecting all missions in {region}",
      "Battery swap stations offline at {site}",
    ],
    sev2: [
      "Inspection reports missing imagery for {site}",
      "Swap station queue times above 20 minutes at {site}",
      "Billing run produced duplicate invoices",
      "Geofence false positives grounding drones in {region}",
      "SLA timers paused after scheduler release {version}",
    ],
    sev3: [
      "Customer portal search returns stale work orders",
      "Technician app offline mode loses photos",
      "Spare parts forecast job failed overnight",
      "Weekly uptime report emailed twice",
      "Wrong time zone on visit confirmations in {region}",
      "Contract renewal reminders sent early",
    ],
  },
};

/** A realistic incident title for a kind of business and a severity. */
export function incidentTitle(kind: UnitKind, severity: Severity, prng: Prng): string {
  const version = `${prng.integer(3, 6)}.${prng.integer(0, 12)}.${prng.integer(0, 4)}`;
  return prng
    .pick(templates[kind][severity])
    .replace("{site}", prng.pick(sites))
    .replace("{region}", prng.pick(regions))
    .replace("{version}", version);
}
