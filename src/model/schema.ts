/**
 * The pool model (version 1, CONTRACT.md "Pool model"): server pools, the
 * servers that forward into them, and what the runbook needs to know about the
 * virtual interfaces. Every field carries a description, which the committed
 * JSON Schema passes on to editors as hover help.
 *
 * Defaults are documented (`default` in the JSON Schema) but not filled in: a
 * parsed model is exactly what its author wrote, and `resolve.ts` applies the
 * defaults where they are used.
 */
import { z } from "zod";
import { checkPoolModel } from "./checks.js";
import { FQDN_PATTERN, INTERFACE_PATTERN, POOL_NAME_PATTERN } from "./names.js";

// Each message is also the JSON Schema's `patternErrorMessage`, which editors
// (VS Code, the YAML language server) show instead of the bare regular expression.
const FQDN_ERROR = "must be a fully qualified domain name in lower case, such as om1.example.com";
const POOL_NAME_ERROR = "must be a pool name: lower-case letters, digits and hyphens, starting with a letter or digit";
const IPV4_ERROR = "must be an IPv4 address such as 192.0.2.10 (no leading zeros)";
const IPV6_ERROR = "must be an IPv6 address such as 2001:db8::10";
const INTERFACE_ERROR = "must be a network interface name such as eth0 or lan0, without an alias suffix";
const UUID_ERROR = "must be a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e";

/**
 * The shapes of the model. Built on first use (see `poolModelSchema`): zod
 * schemas cost start-up time, and most users of the library never read a model.
 */
function shapes() {
  const fqdn = z
    .string()
    .regex(FQDN_PATTERN, { error: FQDN_ERROR })
    .meta({ description: "Fully qualified domain name, lower case (e.g. om1.example.com).", patternErrorMessage: FQDN_ERROR });

  const poolName = z.string().regex(POOL_NAME_PATTERN, { error: POOL_NAME_ERROR }).meta({
    description: "Pool name: lower-case letters, digits and hyphens. It names the pool's output folder.",
    patternErrorMessage: POOL_NAME_ERROR,
  });

  const ipv4 = z.ipv4({ error: IPV4_ERROR }).meta({ patternErrorMessage: IPV4_ERROR });

  const forwardTarget = z.union([poolName, fqdn], { error: "must name a pool of this model or a management server by its FQDN" });

  const nodeRef = z.union(
    [
      ipv4.describe("IPv4 address of the managed node."),
      z
        .strictObject({
          address: ipv4.describe("IPv4 address of the managed node; it names the node-specific file (e.g. c0a80a0b)."),
          name: fqdn
            .optional()
            .describe("The node's name in the node bank, used in the runbook's opcragt commands (else the address is used)."),
        })
        .describe("A managed node with its name."),
    ],
    { error: "must be an IPv4 address or { address, name }" },
  );

  const assignment = z
    .strictObject({
      virtual: fqdn.describe("The virtual interface these nodes send their messages to; one of the pool's `virtual`."),
      nodes: z
        .array(nodeRef)
        .min(1, { error: "must list at least one node" })
        .describe("The managed nodes, by IPv4 address (each gets a node-specific file named by its address in hex)."),
    })
    .describe("Managed nodes that send to a particular virtual interface instead of the primary one.");

  const virtualDetails = z
    .strictObject({
      virtual: fqdn.describe("The virtual interface these details are about; one of the pool's `virtual`."),
      ipv4: ipv4.optional().describe("IPv4 address of the virtual interface."),
      netmask: ipv4.optional().describe("IPv4 netmask of the virtual interface (e.g. 255.255.255.0)."),
      ipv6: z
        .ipv6({ error: IPV6_ERROR })
        .meta({ patternErrorMessage: IPV6_ERROR })
        .optional()
        .describe("IPv6 address of the virtual interface, needed when managed nodes use IPv6."),
      ipv6Prefix: z.number().int().min(1).max(128).optional().meta({ description: "Prefix length of the IPv6 address.", default: 64 }),
      networkInterface: z.string().regex(INTERFACE_PATTERN, { error: INTERFACE_ERROR }).optional().meta({
        description: "Network interface the address is brought up on (e.g. eth0, lan0, e1000g0); the runbook adds the alias (eth0:1).",
        patternErrorMessage: INTERFACE_ERROR,
      }),
      home: fqdn
        .optional()
        .describe("The member that carries this virtual interface at first; default: members in turn, in the order of `virtual`."),
      uuid: z
        .uuid({ error: UUID_ERROR })
        .meta({ patternErrorMessage: UUID_ERROR })
        .optional()
        .describe(
          "Node id of the virtual interface in every member's node bank (opcnode -chg_id); default: a UUID (version 5) derived from its name.",
        ),
    })
    .describe("Details of one virtual interface, for the runbook.");

  const loadBalancer = z
    .strictObject({
      product: z.string().min(1).optional().describe("The load balancer, for the runbook's wording (HP tested F5 BIG-IP)."),
      monitorInterval: z
        .number()
        .int()
        .positive()
        .optional()
        .meta({ description: "Seconds between the health monitor's TCP checks of each member.", default: 120 }),
      persistence: z.enum(["active-server", "source-address-ssl"]).optional().meta({
        description:
          "How connections are spread: `active-server` sends all nodes to one member (failover only); `source-address-ssl` balances with source-address and SSL persistence.",
        default: "active-server",
      }),
      behindFirewall: z.boolean().optional().meta({
        description: "A firewall separates nodes and servers: the members then name the virtual server in OPC_MGMTSV_*_ON_LOAD_BALANCER.",
        default: false,
      }),
    })
    .describe("The virtual interfaces live on a load balancer instead of moving between the members.");

  const pool = z
    .strictObject({
      name: poolName,
      members: z
        .array(fqdn)
        .min(2, { error: "a pool needs at least two physical servers" })
        .describe("The physical management servers of the pool, two or more."),
      virtual: z
        .array(fqdn)
        .min(1, { error: "a pool needs at least one virtual interface" })
        .describe("The pool's virtual interfaces (V): names that move between the members."),
      primary: fqdn
        .optional()
        .describe("The virtual interface managed nodes send to (their primary manager); default: the first of `virtual`."),
      gui: fqdn.optional().describe("The virtual interface Java GUIs connect to (VIRT_MGMT_SERVER); default: `primary`."),
      forwardTo: z
        .array(forwardTarget)
        .min(1, { error: "must name at least one target (or leave forwardTo out)" })
        .optional()
        .describe(
          "Where the pool forwards every message upwards: pool names (their primary V is the target) or FQDNs of other management servers.",
        ),
      assignments: z
        .array(assignment)
        .min(1, { error: "must list at least one assignment (or leave assignments out)" })
        .optional()
        .describe("Groups of managed nodes that send to another virtual interface than `primary`, written as node-specific files."),
      os: z
        .enum(["hp-ux", "linux", "solaris"])
        .optional()
        .describe(
          "Operating system of the members, for the node-bank entries and the switch-over commands; without it the runbook shows every variant.",
        ),
      details: z
        .array(virtualDetails)
        .optional()
        .describe("Addresses, network interfaces and node ids of the virtual interfaces, for the runbook."),
      loadBalancer: loadBalancer.optional(),
      outboundOnly: z.boolean().optional().meta({
        description:
          "Managed nodes use outbound-only communication: the runbook adds the `virt` resource groups. Not possible with a load balancer.",
        default: false,
      }),
    })
    .describe("A server pool: physical members that share virtual interfaces and synchronise every message.");

  const sender = z
    .strictObject({
      server: fqdn.describe("The management server outside every pool that forwards its messages."),
      forwardTo: z
        .array(forwardTarget)
        .min(1, { error: "a sender must forward to at least one target" })
        .describe("Pool names or FQDNs of management servers the sender forwards every message to."),
      mode: z.enum(["virtual", "members"]).optional().meta({
        description:
          "`virtual`: forward to each target pool's primary virtual interface (three or more levels); `members`: to every member of each target pool (two levels, backup-server style).",
        default: "virtual",
      }),
    })
    .describe("A management server outside the pools that forwards its messages into one (message-forwarding hierarchy).");

  return z.strictObject({
    $schema: z.string().optional().describe("The JSON Schema of this file, for editors; ignored by hpom-lint."),
    version: z
      .literal(1, { error: "unsupported version: this hpom-lint reads pool models of version 1" })
      .describe("Version of the pool model format; 1."),
    pools: z.array(pool).min(1, { error: "a model needs at least one pool" }).describe("The server pools."),
    senders: z.array(sender).optional().describe("Management servers outside the pools that forward into them."),
  });
}

/** The zod schema of the pool model: the shapes, then the cross-field checks of `checks.ts`; built on first use. */
export const poolModelSchema = z.lazy(() =>
  shapes()
    .superRefine((model, ctx) => {
      for (const issue of checkPoolModel(model)) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
    })
    .meta({
      title: "hpom-lint pool model",
      description:
        "HPOM server pools for `hpom-lint generate`: members, virtual interfaces, forwarding and the details the set-up runbook needs.",
    }),
);

/** A validated pool model (version 1), as its author wrote it: defaults are not filled in. */
export type PoolModel = z.infer<ReturnType<typeof shapes>>;
/** One server pool of a model. */
export type Pool = PoolModel["pools"][number];
/** One server outside the pools that forwards into them. */
export type Sender = NonNullable<PoolModel["senders"]>[number];
/** A group of managed nodes sent to one virtual interface. */
export type Assignment = NonNullable<Pool["assignments"]>[number];
/** A managed node of an assignment: its address, or its address and name. */
export type NodeRef = Assignment["nodes"][number];
/** Runbook details of one virtual interface. */
export type VirtualDetails = NonNullable<Pool["details"]>[number];
