/**
 * `<pool>/RUNBOOK.md`: HP's set-up procedure for a server pool
 * (docs/language.md#server-pooling) with every command written out for this pool — node bank,
 * Java GUIs, certificates, the generated files, primary managers, the servers
 * forwarding into the pool, outbound-only nodes, a load balancer, and moving a
 * virtual interface. Where the model does not give a value (an address, a
 * network interface), the command shows a placeholder in angle brackets.
 */
import { addressOf, detailsOf, homeOf, nameOf } from "../model/resolve.js";
import type { Pool } from "../model/schema.js";
import type { PoolView, SenderView, Topology } from "../model/topology.js";
import { describeTarget } from "./forwarding.js";
import type { GeneratedFile } from "./generated-file.js";
import { generatedFrom, prose } from "./header.js";
import { code, inlineText, Markdown } from "./markdown.js";
import { ALL_OS, downCommands, OS_INFO, upCommands, type Addressing, type Os } from "./os-commands.js";
import { uuidFromName } from "./uuid.js";

const MGMT_SV = "/etc/opt/OV/share/conf/OpC/mgmt_sv";
/**
 * The folders of every HPOM command the runbook uses, on a management server and on a managed
 * node (`opcnode` is in `OpC/utils`, `opcactivate` in `OpC/install`); the commands HP's guide
 * prints with their full path keep it (`init_ovrg.sh`, `ovinit.sh`, `ha_mon_ovserver`).
 */
const OV_PATH = ["/opt/OV/bin", "/opt/OV/bin/OpC", "/opt/OV/bin/OpC/utils", "/opt/OV/bin/OpC/install"];
const XPL = "/opt/OV/sbin/xpl";
const HA_MON = "/opt/OV/bin/OpC/utils/ha/ha_mon_ovserver";
const WORK = `${MGMT_SV}/work_respmgrs`;
const ACTIVE = `${MGMT_SV}/respmgrs`;
/** Where the runbook has the generated folders copied on each server. */
const STAGE = "/tmp/hpom-lint";

/** Everything the sections need to know about the pool. */
interface Context {
  topology: Topology;
  view: PoolView;
  /** The pool as the model writes it, for its details. */
  pool: Pool;
  source: string | undefined;
  primary: string;
  /** The pool's generated files, and the msgforw of each sender into it. */
  files: readonly GeneratedFile[];
  /** Senders whose forwardTo names this pool. */
  senders: readonly SenderView[];
  /** Other pools whose forwardTo names this pool. */
  feeders: readonly PoolView[];
  doc: Markdown;
  /** Number of the next step heading. */
  step: number;
}

const codes = (names: readonly string[]) => prose(names.map(code));

function stepHeading(ctx: Context, title: string): void {
  ctx.doc.heading(2, `${ctx.step}. ${title}`);
  ctx.step++;
}

/** The node id of a virtual interface: the model's, else the name-based UUID. */
function nodeIdOf(pool: Pool, v: string): string {
  return detailsOf(pool, v).uuid ?? uuidFromName(v);
}

/** The OV resource group of a virtual interface for outbound-only nodes: `virt`, numbered when the pool has several. */
function resourceGroupOf(pool: Pool, v: string): string {
  return pool.virtual.length === 1 ? "virt" : `virt${pool.virtual.indexOf(v) + 1}`;
}

function addressingOf(pool: Pool, v: string): Addressing {
  const d = detailsOf(pool, v);
  return {
    device: d.networkInterface ?? "<interface>",
    alias: pool.virtual.indexOf(v) + 1,
    // Without any address in the model, show the IPv4 commands with placeholders.
    ...(d.ipv4 !== undefined || d.ipv6 === undefined ? { ipv4: d.ipv4 ?? `<IPv4 address of ${v}>` } : {}),
    netmask: d.netmask ?? "<netmask>",
    ...(d.ipv6 !== undefined ? { ipv6: d.ipv6 } : {}),
    prefix: d.ipv6Prefix ?? 64,
  };
}

/** The operating systems to show commands for: the model's, else every one. */
function systems(pool: Pool): readonly Os[] {
  return pool.os ? [pool.os] : ALL_OS;
}

/** Commands for `where` that depend on the operating system: one block, or one per system when the model names none. */
function perOs(ctx: Context, where: string, commands: (os: Os) => string[]): void {
  for (const os of systems(ctx.pool)) {
    const lines = commands(os);
    if (lines.length > 0) ctx.doc.commands(ctx.pool.os ? `${where}:` : `**${OS_INFO[os].label}** — ${where}:`, lines);
  }
}

/** `opcnode -add_node` for a management server `name` running `os` (placeholders when the model does not say). */
function addNode(name: string, os: Os | undefined): string {
  return `opcnode -add_node node_name=${name} net_type=NETWORK_IP mach_type=${os ? OS_INFO[os].machType : "<mach_type>"} group_name=${os ? OS_INFO[os].group : "<group>"}`;
}

/** The node-bank machine type of an HP-UX server on PA-RISC (OS_INFO has Itanium's). */
const HPUX_PA_RISC = "MACH_BBC_HPUX_PA_RISC";

/** Servers outside the pool that forward to one of its virtual interfaces. */
function forwardersToVirtual(ctx: Context): string[] {
  return [...ctx.senders.filter((s) => s.mode === "virtual").map((s) => s.server), ...ctx.feeders.flatMap((p) => p.members)];
}

function everyMember(ctx: Context): string {
  return `On every member (${codes(ctx.pool.members)})`;
}

function firstMember(ctx: Context): string {
  return ctx.pool.members[0]!;
}

function title(ctx: Context): void {
  const { pool, doc, primary } = ctx;
  doc.comment([generatedFrom(ctx.source)]);
  doc.heading(1, `Server pool ${code(pool.name)}: set-up runbook`);
  doc.paragraph(
    `How to set up the server pool ${code(pool.name)} with the files beside this runbook, following HP's *High Availability Through Server Pooling* (HPOM for UNIX/Linux 9.1x). ` +
      "Every command is written out for this pool; run them as root. " +
      "Where the model does not give a value, a command shows a placeholder in angle brackets (`<…>`).",
  );
  doc.commands(
    "Every command below is found with this search path, on the members and on the managed nodes alike; set it once in each shell you use:",
    [`export PATH=$PATH:${OV_PATH.join(":")}`],
  );

  const rows: string[][] = [
    ["Members (physical servers)", codes(pool.members)],
    ...pool.virtual.map((v) => ["Virtual interface", describeVirtual(ctx, v)]),
  ];
  for (const a of pool.assignments ?? []) {
    rows.push([
      `Nodes sent to ${code(a.virtual)}`,
      prose(a.nodes.map((n) => `${addressOf(n)}${nameOf(n) ? ` (${code(nameOf(n)!)})` : ""}`)),
    ]);
  }
  const upward = ctx.topology.forwardTargets(ctx.view.forwardTo, "virtual");
  if (upward.length > 0) rows.push(["Forwards every message to", prose(upward.map((t) => describeTarget(t, true)))]);
  const incoming = [...ctx.senders.map((s) => `${code(s.server)} (mode ${s.mode})`), ...ctx.feeders.map((p) => `pool ${code(p.name)}`)];
  if (incoming.length > 0) rows.push(["Receives messages from", prose(incoming)]);
  rows.push(["Operating system of the members", pool.os ? OS_INFO[pool.os].label : "not given: the commands below show every variant"]);
  if (pool.loadBalancer)
    rows.push([
      "Load balancer",
      `${pool.loadBalancer.product === undefined ? "yes" : inlineText(pool.loadBalancer.product)}: the virtual interfaces live on it`,
    ]);
  if (pool.outboundOnly) rows.push(["Outbound-only managed nodes", "yes"]);
  doc.table(["Pool", code(pool.name)], rows);

  doc.quote(
    `**Never run ${code("opcragt -primmgr")} on a member of this pool** (${codes(pool.members)}). It makes that physical server the agents' ` +
      `${code("OPC_PRIMARY_MGR")}, and they no longer follow ${code(primary)} ${pool.loadBalancer ? "to whichever member the load balancer chooses" : "when it moves to another member"}. The rule in ${code("allnodes")} ` +
      `still sends their messages to ${code(primary)}, but change a primary manager only with ${code("opcragt -set_config_var")}, as in the step "Make the virtual interface the agents' primary manager".`,
  );
}

function describeVirtual(ctx: Context, v: string): string {
  const { pool } = ctx;
  const d = detailsOf(pool, v);
  const roles: string[] = [];
  if (v === ctx.primary) roles.push("primary: managed nodes send here");
  if (v === ctx.view.gui) roles.push("Java GUIs connect here");
  const assigned = (pool.assignments ?? []).filter((a) => a.virtual === v).reduce((n, a) => n + a.nodes.length, 0);
  if (assigned > 0) roles.push(assigned === 1 ? "1 assigned node sends here" : `${assigned} assigned nodes send here`);
  if (!pool.loadBalancer) roles.push(`first on ${code(homeOf(pool, v))}`);
  const addresses = [d.ipv4 && `${d.ipv4}${d.netmask ? ` / ${d.netmask}` : ""}`, d.ipv6 && `${d.ipv6}/${d.ipv6Prefix ?? 64}`].filter(
    Boolean,
  );
  return `${code(v)}${roles.length > 0 ? ` — ${roles.join("; ")}` : ""}${addresses.length > 0 ? ` (${addresses.join(", ")})` : ""}`;
}

/** Where each generated file goes. */
function filesTable(ctx: Context): void {
  const rows = ctx.files.map((f) => {
    const name = f.path.slice(f.path.lastIndexOf("/") + 1);
    const shown = f.path.startsWith(`${ctx.pool.name}/`) ? name : `../${f.path}`;
    const target = f.kind === "bbc_inst_defaults" ? `${MGMT_SV}/${name}` : `${ACTIVE}/${name}`;
    const on = f.servers.join(",") === ctx.pool.members.join(",") ? "every member" : codes(f.servers);
    return [code(shown), code(target), on];
  });
  ctx.doc.heading(2, "Files").table(["File", "Install as", "On"], rows);
}

function prerequisites(ctx: Context): void {
  const { pool, doc } = ctx;
  stepHeading(ctx, "Before you start");
  doc.list([
    "Every member is a complete, standalone HPOM installation of the same version with its own database, online all the time (not an HA resource group of a cluster).",
    `Keep the configuration identical on every member — node bank, node groups, policies, tools, users and their passwords — for example with ${code("opccfgdwn")} on one member and ${code("opccfgupld")} on the others, periodically.`,
    pool.loadBalancer
      ? "The members may be in different subnets, even different sites: the load balancer holds the virtual addresses."
      : "All members are in the same subnet: the virtual interfaces move between them.",
    "Every member, managed node and forwarding server resolves every name in this runbook.",
    ...(forwardersToVirtual(ctx).length > 0
      ? [
          `${codes(forwardersToVirtual(ctx))} forward${forwardersToVirtual(ctx).length === 1 ? "s" : ""} messages to a virtual interface of this pool: HP's guide requires HPOM 9.10.200 or later (patch) on every server that forwards to a virtual interface.`,
        ]
      : []),
  ]);
  const hosts = pool.virtual.flatMap((v) => {
    const d = detailsOf(pool, v);
    const alias = v.split(".")[0]!;
    return d.ipv6 ? [...(d.ipv4 ? [`${d.ipv4}  ${v}  ${alias}`] : []), `${d.ipv6}  ${v}  ${alias}`] : [];
  });
  if (hosts.length > 0) {
    doc.paragraph(
      `Managed nodes use IPv6: every member must know both addresses of each virtual interface. Add to ${code("/etc/hosts")} on every member, the short host name as an alias:`,
    );
    doc.code(hosts);
  }
}

function copyFiles(ctx: Context): void {
  stepHeading(ctx, "Copy the generated files to the servers");
  const folders = new Map<string, Set<string>>();
  for (const f of ctx.files) {
    const folder = f.path.slice(0, f.path.indexOf("/"));
    for (const server of f.servers) {
      const set = folders.get(server) ?? new Set<string>();
      folders.set(server, set.add(folder));
    }
  }
  const lines = [...folders].flatMap(([server, list]) => [
    `ssh ${server} mkdir -p ${STAGE}`,
    ...[...list].map((folder) => `scp -r ${folder} ${server}:${STAGE}/`),
  ]);
  ctx.doc.commands(`From the folder ${code("hpom-lint generate")} wrote (the one above this runbook's):`, lines);
}

function bringUp(ctx: Context): void {
  const { pool } = ctx;
  stepHeading(ctx, "Bring up the virtual interfaces");
  ctx.doc.paragraph('Each virtual interface starts on one member; step "Move a virtual interface to another member" shows how it moves.');
  for (const v of pool.virtual) perOs(ctx, `${code(v)}, on ${code(homeOf(pool, v))}`, (os) => upCommands(os, addressingOf(pool, v)));
  ctx.doc.commands(
    "Check: from a managed node (or another member), every virtual interface answers:",
    pool.virtual.map((v) => `bbcutil -ping ${v}`),
  );
}

function loadBalancerStep(ctx: Context): void {
  const { pool, doc, primary } = ctx;
  const lb = pool.loadBalancer!;
  stepHeading(ctx, "Configure the load balancer");
  const persistence =
    (lb.persistence ?? "active-server") === "active-server"
      ? "Send all connections to one member at a time (failover only), for example with priority groups, so that action responses and the order of messages stay right."
      : "Balance the connections with source-address persistence plus SSL persistence, so that each node stays with one member and action responses and the order of messages stay right.";
  doc.paragraph(`On ${lb.product === undefined ? "the load balancer" : inlineText(lb.product)}:`);
  doc.list([
    `A pool of the members ${codes(pool.members)}, port 383, with a TCP health monitor every ${lb.monitorInterval ?? 120} seconds.`,
    ...pool.virtual.map((v) => {
      const ipv4 = detailsOf(pool, v).ipv4;
      return `A virtual server ${code(v)}${ipv4 ? ` (${ipv4})` : ""}, port 383, in front of that pool.`;
    }),
    persistence,
  ]);
  if (lb.behindFirewall) {
    doc.commands(
      `A firewall separates the nodes from the servers, so action responses must go through the virtual server. ${everyMember(ctx)}:`,
      [
        `ovconfchg -ovrg server -ns opc -set OPC_MGMTSV_IPADDR_ON_LOAD_BALANCER ${detailsOf(pool, primary).ipv4!} -set OPC_MGMTSV_NAME_ON_LOAD_BALANCER ${primary}`,
      ],
    );
  }
  if (lb.behindFirewall) {
    doc.commands(
      `Managed nodes that reach the servers through an HTTP proxy must send the virtual server's traffic through it too; on such a node (${code("<proxy>:<port>")} is the proxy):`,
      [`ovconfchg -ns bbc.http -set PROXY "<proxy>:<port>+(${pool.virtual.join(",")})"`],
    );
  }
  doc.commands("On a managed node, check that the virtual server answers:", [`bbcutil -ping ${primary}`]);
  doc.paragraph(
    `HP's guide also allows lowering the agents' ${code("AUTO_CONNECTION_CLOSE_INTERVAL")} (60 seconds by default from agent version 11.02).`,
  );
}

function nodeBank(ctx: Context): void {
  const { pool, doc } = ctx;
  stepHeading(ctx, "Add the virtual interfaces to every member's node bank");
  const given = pool.virtual.filter((v) => detailsOf(pool, v).uuid !== undefined);
  doc.paragraph(
    `Each virtual interface is a node with the same node id on every member: ${
      given.length === pool.virtual.length
        ? "the ids the model gives."
        : `a UUID derived from its name (version 5)${given.length > 0 ? ", or the id the model gives" : ""}; any UUID will do, as long as every member has the same one.`
    }`,
  );
  perOs(ctx, everyMember(ctx), (os) => [
    ...(os === "hp-ux" ? [`# On PA-RISC members: mach_type=${HPUX_PA_RISC} instead`] : []),
    ...pool.virtual.flatMap((v) => [addNode(v, os), `opcnode -chg_id node_name=${v} id=${nodeIdOf(pool, v)}`]),
  ]);
}

function javaGui(ctx: Context): void {
  const { gui } = ctx.view;
  stepHeading(ctx, "Point the Java GUIs at the virtual interface");
  ctx.doc.commands(`${everyMember(ctx)}:`, [`ovconfchg -ovrg server -ns opc -set VIRT_MGMT_SERVER ${gui}`]);
  ctx.doc.paragraph(`Operators connect their Java GUI to ${code(gui)}; their user names and passwords must be the same on every member.`);
}

/** The servers outside the pool this pool exchanges messages with: senders and feeding pools' members, upward targets. */
function partners(ctx: Context): string[] {
  const upward = ctx.topology.forwardTargets(ctx.view.forwardTo, "members").flatMap((t) => t.servers);
  return [...new Set([...ctx.senders.map((s) => s.server), ...ctx.feeders.flatMap((p) => p.members), ...upward])];
}

function certificates(ctx: Context): void {
  const { pool, doc } = ctx;
  const others = partners(ctx);
  const servers = [...pool.members, ...others];
  stepHeading(ctx, "Exchange trusted certificates");
  doc.paragraph(
    `Server-based flexible management works only between servers that trust each other's certificates: the members among themselves${
      others.length > 0 ? `, and the members and ${codes(others)}` : ""
    }. On each of ${codes(servers)}, export its trusted certificates:`,
  );
  for (const s of servers) doc.commands(`On ${code(s)}:`, [`ovcert -exporttrusted -file ${STAGE}/${s}.trusted -ovrg server`]);
  doc.paragraph(`Copy each exported file to ${STAGE}/ on the servers below that import it, then import:`);
  for (const s of servers) {
    const imports = servers.filter((o) => o !== s && (pool.members.includes(s) || pool.members.includes(o)));
    doc.commands(`On ${code(s)}:`, [
      ...imports.map((o) => `ovcert -importtrusted -file ${STAGE}/${o}.trusted -ovrg server`),
      "ovcert -updatetrusted",
    ]);
  }
  doc.commands("On every managed node (for example as a broadcast command from a member):", ["ovcert -updatetrusted"]);
}

/** Checks a file in work_respmgrs on one member, then installs it in respmgrs on every member. */
function checkAndInstall(ctx: Context, names: readonly string[], after: readonly string[]): void {
  const folder = `${STAGE}/${ctx.pool.name}`;
  ctx.doc.commands(
    `On ${code(firstMember(ctx))}, check ${names.length === 1 ? "the file" : "the files"} with HP's checker:`,
    names.flatMap((n) => [`cp ${folder}/${n} ${WORK}/${n}`, `opcmomchk ${WORK}/${n}`]),
  );
  ctx.doc.commands(`${everyMember(ctx)}, install ${names.length === 1 ? "it" : "them"}:`, [
    ...names.map((n) => `cp ${folder}/${n} ${ACTIVE}/${n}`),
    ...after,
  ]);
}

function agentFiles(ctx: Context): void {
  const { pool, doc } = ctx;
  const nodeFiles = ctx.files.filter((f) => f.kind === "node").map((f) => f.path.slice(pool.name.length + 1));
  stepHeading(ctx, "Distribute the responsible managers (allnodes)");
  doc.paragraph(
    `${code("allnodes")} lists every member and every virtual interface as secondary and action-allowed managers and sends every message to ${code(ctx.primary)}.` +
      (nodeFiles.length > 0
        ? ` Each node-specific file (${codes(nodeFiles)}) replaces it for the node whose address it is named after and sends to that node's virtual interface.`
        : ""),
  );
  checkAndInstall(ctx, ["allnodes", ...nodeFiles], []);
  const them = nodeFiles.length > 0 ? "them" : "it";
  doc.commands(`Then distribute ${them} to the managed nodes from each member in turn (${codes(pool.members)}):`, [
    "opcragt -distrib -templates -all",
  ]);
  doc.paragraph(`On a managed node the file becomes the ${code("mgrconf")} policy.`);
  doc.commands(
    `Check: on a member, the ${code("mgrconf")} policy (type ${code("mgrconf")}, "OVO authorization") of a node is listed as enabled; on the node itself, ${code("ovpolicy -list")} shows the same:`,
    ["ovpolicy -list -host <node>"],
  );
}

function messageSync(ctx: Context): void {
  stepHeading(ctx, "Synchronise the messages (msgforw)");
  ctx.doc.paragraph(
    "Every member forwards every message to every member with control switch, so every database holds every message and operators on any member can own, annotate and acknowledge it. A member that was down receives what it missed when it is back.",
  );
  checkAndInstall(ctx, ["msgforw"], ["ovconfchg -ovrg server -ns opc -set OPC_ACCEPT_CTRL_SWTCH_MSGS TRUE", "ovconfchg"]);
}

function primaryManager(ctx: Context): void {
  const { pool, doc, primary } = ctx;
  stepHeading(ctx, "Make the virtual interface the agents' primary manager");
  doc.commands(
    `New agents: ${everyMember(ctx).replace(/^On/, "on")}, install the installation defaults (where the file exists already, add ${code(`OPC_PRIMARY_MGR=${primary}`)} under ${code("[eaagt]")} instead):`,
    [`cp ${STAGE}/${pool.name}/bbc_inst_defaults ${MGMT_SV}/bbc_inst_defaults`],
  );
  doc.paragraph("Remote and profile-based installations pick it up. A manually installed agent is set up in this order:");
  doc.commands(
    `On a member, download the node's configuration (its policies, ${code("mgrconf")} among them, land in ${code("/var/opt/OV/share/tmp/OpC_appl/<node>/")}; copy that folder to the node):`,
    ["opctmpldwn <node>"],
  );
  doc.commands("On the node, install the policies, then activate the agent against the virtual interface:", [
    "ovpolicy -install -dir <folder copied from the member>",
    `opcactivate -srv ${primary}`,
  ]);
  doc.commands("Existing agents: on the member that owns them now (the agents need no restart):", [
    `opcragt -set_config_var eaagt:OPC_PRIMARY_MGR=${primary} -all`,
  ]);
  doc.paragraph(
    `Where the nodes are spread over several members, run it on each member with its nodes' names (or ${code("-nodegrp <group>")}) instead of ${code("-all")}.`,
  );
  const assigned = (pool.assignments ?? []).flatMap((a) =>
    a.nodes.map((n) => `opcragt -set_config_var eaagt:OPC_PRIMARY_MGR=${a.virtual} ${nameOf(n) ?? addressOf(n)}`),
  );
  if (assigned.length > 0) {
    doc.commands(
      "Then the assigned nodes, which report to another virtual interface (nodes without a name in the model are written by address: use the node's name in the node bank if it differs):",
      assigned,
    );
    doc.paragraph(
      `Run these again after installing an agent on one of these nodes: the installation defaults make ${code(primary)} its primary manager.`,
    );
  }
  doc.commands(
    `Check: on a managed node, send a test message; it must appear in the message browser of every member (${codes(pool.members)}):`,
    ["opcmsg a=test o=test msg_t=test"],
  );
}

/** Whether the pool is the top of a two-level hierarchy: senders forward into it and it forwards nowhere. */
function twoLevels(ctx: Context): boolean {
  return (ctx.pool.forwardTo ?? []).length === 0;
}

const TWO_LEVEL_HINT = (sender: string, pool: string): string =>
  `**Two levels:** ${code(sender)} forwards into ${code(pool)}, which forwards no further, and the model leaves it on the default ${code("mode: virtual")}. ` +
  `For two-level hierarchies HP's guide recommends the backup-server style instead (${code("mode: members")}): forward to every member, so that every member always has every message, also while the virtual interface moves.`;

function incoming(ctx: Context): void {
  const { topology, doc } = ctx;
  if (ctx.senders.length === 0 && ctx.feeders.length === 0) return;
  stepHeading(ctx, "Servers that forward into this pool");
  for (const sender of ctx.senders) {
    const { mode } = sender;
    const targets = topology.forwardTargets(sender.forwardTo, mode);
    doc.heading(3, code(sender.server));
    if (sender.model?.mode === undefined && twoLevels(ctx)) doc.quote(TWO_LEVEL_HINT(sender.server, ctx.pool.name));
    doc.paragraph(
      `${code(sender.server)} forwards every message to ${prose(targets.map((t) => describeTarget(t, true)))} (mode ${code(mode)}: ${
        mode === "virtual"
          ? "a pool's virtual interface only, never its members"
          : "every member of a pool, so each always has every message"
      }).`,
    );
    const file = `${STAGE}/${sender.server}/msgforw`;
    const nodes = mode === "members" ? targets.flatMap((t) => (t.pool ? t.servers.map((m) => addNode(m, t.pool!.model.os)) : [])) : [];
    doc.commands(`On ${code(sender.server)}${nodes.length > 0 ? " (every target server must also be in its node bank)" : ""}:`, [
      `cp ${file} ${WORK}/msgforw`,
      `opcmomchk ${WORK}/msgforw`,
      `cp ${WORK}/msgforw ${ACTIVE}/msgforw`,
      ...nodes,
      "ovconfchg",
    ]);
  }
  for (const feeder of ctx.feeders) {
    doc.paragraph(`Pool ${code(feeder.name)} forwards every message to ${code(ctx.primary)}; its own RUNBOOK.md sets that up.`);
  }
}

function upward(ctx: Context): void {
  const targets = ctx.topology.forwardTargets(ctx.view.forwardTo, "virtual");
  if (targets.length === 0) return;
  stepHeading(ctx, "Forward upward");
  ctx.doc.paragraph(
    `Every member also forwards every message to ${prose(targets.map((t) => describeTarget(t, true)))} (in ${code("msgforw")}), with control switch. The targets must accept such messages:`,
  );
  for (const t of targets) {
    if (t.pool) ctx.doc.paragraph(`Pool ${code(t.entry)} accepts them once set up as its own RUNBOOK.md says.`);
    else ctx.doc.commands(`On ${code(t.entry)}:`, ["ovconfchg -ovrg server -ns opc -set OPC_ACCEPT_CTRL_SWTCH_MSGS TRUE"]);
  }
}

/** `SERVER_BIND_ADDR` of a virtual interface's resource group: both its addresses when it has IPv4 and IPv6. */
function bindAddress(a: Addressing): string {
  return a.ipv4 !== undefined && a.ipv6 !== undefined ? `"${a.ipv4},${a.ipv6}"` : (a.ipv4 ?? a.ipv6!);
}

function outboundOnly(ctx: Context): void {
  const { pool, doc } = ctx;
  stepHeading(ctx, "Outbound-only managed nodes");
  doc.paragraph(
    "Nodes that only open connections themselves reach a virtual interface through an OV resource group of its own on every member, with the same core id everywhere, a certificate issued for the virtual interface, and a communication broker bound to its address.",
  );
  doc.paragraph(
    `HP's guide creates the core id on one member (${code("ovcoreid -create -ovrg <group>")}), reads it there and sets it on the others with ${code("ovcoreid -set")}. ` +
      "This runbook sets the virtual interface's node id (step \"Add the virtual interfaces to every member's node bank\") on every member instead: the result is the same — one core id on every member — and the node bank, the resource group and the certificate then share it without a value being copied between servers.",
  );
  for (const v of pool.virtual) {
    const group = resourceGroupOf(pool, v);
    const id = nodeIdOf(pool, v);
    doc.heading(3, `${code(v)}: resource group ${code(group)}`);
    doc.commands(`${everyMember(ctx)}:`, [
      `${XPL}/init_ovrg.sh ${group}`,
      `${XPL}/ovinit.sh -dependencies OvOUSvr -ovrg ${group}`,
      `ovcoreid -set ${id} -ovrg ${group}`,
    ]);
    doc.commands(
      "On the certificate server (the member whose certificate authority signed the others' certificates), issue the certificate and copy the file to every member:",
      [`ovcm -issue -file ${STAGE}/${group}.cert -name ${v} -pass <password> -coreid ${id}`],
    );
    doc.commands(`${everyMember(ctx)}, import it and check that the resource group holds it:`, [
      `ovcert -importcert -file ${STAGE}/${group}.cert -ovrg ${group} -pass <password>`,
      `ovcert -list -ovrg ${group}`,
    ]);
  }
  doc.heading(3, "Bind the communication brokers");
  doc.paragraph(
    "In the order HP's guide gives: stop every HPOM process on every member, bind the brokers, start the processes again, then start each virtual interface's broker where the interface is.",
  );
  const ipv6 = pool.virtual.some((v) => detailsOf(pool, v).ipv6 !== undefined);
  const binds = pool.virtual.map(
    (v) =>
      `ovconfchg -ovrg ${resourceGroupOf(pool, v)} -ns bbc.cb -set SERVER_BIND_ADDR ${bindAddress(addressingOf(pool, v))} -set SERVER_PORT 383`,
  );
  doc.commands(`${everyMember(ctx)}:`, ["ovc -kill", ...binds]);
  if (systems(pool).includes("linux")) {
    doc.paragraph(
      `On Linux the default communication broker listens on every address, the virtual ones included; bind it to each member's own address${ipv6 ? "es (IPv4 and IPv6)" : ""}${pool.os ? "" : " (Linux members only)"}:`,
    );
    for (const m of pool.members) {
      const local = ipv6 ? `"<IPv4 address of ${m}>,<IPv6 address of ${m}>"` : `<IPv4 address of ${m}>`;
      doc.commands(`On ${code(m)}:`, [`ovconfchg -ns bbc.cb -set SERVER_BIND_ADDR ${local}`]);
    }
  }
  doc.commands(`${everyMember(ctx)}:`, ["ovc -start"]);
  for (const v of pool.virtual)
    doc.commands(`On ${code(homeOf(pool, v))}, where ${code(v)} starts:`, [`ovbbccb -start ${resourceGroupOf(pool, v)}`]);
}

function switchOver(ctx: Context): void {
  const { pool, doc } = ctx;
  if (pool.loadBalancer) {
    stepHeading(ctx, "Take a member out of service");
    doc.paragraph(
      "The virtual interfaces do not move: the load balancer's health monitor takes a failed member out of its pool, and agents and GUIs reconnect by themselves. For maintenance, disable the member in the load balancer's pool first.",
    );
    return;
  }
  stepHeading(ctx, "Move a virtual interface to another member");
  doc.paragraph(
    "For maintenance or after a failure: take the virtual interface down on the member that carries it and bring it up on the member that takes it over. Agents and Java GUIs reconnect by themselves; nothing changes on the managed nodes.",
  );
  for (const v of pool.virtual) {
    const a = addressingOf(pool, v);
    const group = pool.outboundOnly ? resourceGroupOf(pool, v) : undefined;
    doc.heading(3, code(v));
    perOs(ctx, "On the member that carries it now", (os) => [...(group ? [`ovbbccb -stop ${group}`] : []), ...downCommands(os, a)]);
    perOs(ctx, "On the member that takes it over", (os) => [...upCommands(os, a), ...(group ? [`ovbbccb -start ${group}`] : [])]);
  }
  doc.paragraph(
    `To automate the move, let a failover cluster (Serviceguard's ${code("cmmodnet")}, Red Hat Cluster Suite) or HP's HA Manager move the address, with HPOM installed standalone on each member — not as a cluster resource group. A monitor script can loop on ${code(HA_MON)}, which exits 0 while all server processes run.`,
  );
  if (pool.outboundOnly) {
    doc.paragraph(
      "The start and stop scripts of each virtual interface's cluster resource then run, after the address is up and before it goes down:",
    );
    for (const v of pool.virtual) {
      const group = resourceGroupOf(pool, v);
      doc.commands(`${code(v)} — start script, then stop script:`, [`ovbbccb -start ${group}`, `ovbbccb -stop ${group}`]);
    }
  }
}

function keepCurrent(ctx: Context): void {
  ctx.doc.heading(2, "When the model changes");
  ctx.doc.paragraph(
    `In the folder ${code("hpom-lint generate")} wrote, ${code(`hpom-lint generate ${ctx.source ?? "<pool model>"} --out . --check`)} lists the files that no longer match the model (exit code 1). Generate them again and repeat the steps of the files that changed.`,
  );
}

/** `<pool>/RUNBOOK.md`; `files` are the pool's other generated files and the msgforw of each sender into it. */
export function runbookFile(
  topology: Topology,
  view: PoolView,
  files: readonly GeneratedFile[],
  source: string | undefined,
): GeneratedFile {
  const pool = view.model;
  const into = (forwardTo: readonly string[]) => forwardTo.includes(pool.name);
  const ctx: Context = {
    topology,
    view,
    pool,
    source,
    primary: view.primary,
    files,
    senders: topology.senders.filter((s) => into(s.forwardTo)),
    feeders: topology.pools.filter((p) => p !== view && into(p.forwardTo)),
    doc: new Markdown(),
    step: 1,
  };
  title(ctx);
  filesTable(ctx);
  prerequisites(ctx);
  copyFiles(ctx);
  if (pool.loadBalancer) loadBalancerStep(ctx);
  else bringUp(ctx);
  nodeBank(ctx);
  javaGui(ctx);
  certificates(ctx);
  agentFiles(ctx);
  messageSync(ctx);
  primaryManager(ctx);
  incoming(ctx);
  upward(ctx);
  if (pool.outboundOnly) outboundOnly(ctx);
  switchOver(ctx);
  keepCurrent(ctx);
  return { path: `${pool.name}/RUNBOOK.md`, content: ctx.doc.toString(), kind: "runbook", servers: [...pool.members] };
}
