/* wasm-mcu-bench's QEMU TCG plugin: executed instructions per address and per call stack inside the
 * firmware's measured regions. A region starts and ends where the firmware reads its counter: each load
 * from the peripheral space by an instruction of counter_read() toggles it, so the plugin counts exactly
 * what the firmware's own counter counts (instructions after the first read, up to and including the
 * second).
 *
 * Counting is inline (one add per executed instruction to its address's counter, one to a global one);
 * a callback at the start of each translation block follows calls and returns for the stacks:
 *   - a block ending in BL/BLX calls: the next block starts a frame of the called function;
 *   - a block ending in a return (bx lr, pop into pc, ldr pc from the stack) returns to the frame whose
 *     return address it reaches; other indirect jumps (bx rN, ldm/ldr into pc) return only when they
 *     reach the innermost return address, and otherwise are jumps;
 *   - a block starting at an exception vector's handler, not called, is exception entry; a return-like
 *     instruction that matches no return address while an exception frame is innermost is its return;
 *   - any other move into another function (a tail call: `b`, `bx r3` to the next interpreter handler)
 *     replaces the current frame, as an unwinder would see it. Interpreters that dispatch by tail calls
 *     (wasm3) show each handler as a frame directly under the function that entered the handler chain.
 * Each block's instructions are charged to the frame it ran in through the global counter, so the stacks
 * add up to the same exact total as the per-address counts.
 *
 * Each region says which function opened it (the caller of counter_read: the block whose BL calls it), so that
 * the measured calls are told from the other regions the firmware times (loading, finding exports) exactly.
 *
 * Debian's QEMU 7.2 ships no plugin header: the few declarations of plugin API version 1 used are below;
 * the version QEMU offers is checked at load.
 *
 * Arguments: funcs=<file> (lines "start end handler", hex, sorted; handler 1 for exception vectors),
 * counter=<start>:<end> (counter_read, hex), out=<file>. */
#include <inttypes.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- QEMU plugin API, version 1 (qemu/qemu-plugin.h of QEMU 7.2) ---- */
#define QEMU_PLUGIN_EXPORT __attribute__((visibility("default")))
#define WMB_PLUGIN_API 1
typedef uint64_t qemu_plugin_id_t;
typedef struct {
    const char *target_name;
    struct {
        int min;
        int cur;
    } version;
    bool system_emulation;
} qemu_info_t;
struct qemu_plugin_tb;
struct qemu_plugin_insn;
typedef uint32_t qemu_plugin_meminfo_t;
enum qemu_plugin_cb_flags { QEMU_PLUGIN_CB_NO_REGS, QEMU_PLUGIN_CB_R_REGS, QEMU_PLUGIN_CB_RW_REGS };
enum qemu_plugin_mem_rw { QEMU_PLUGIN_MEM_R = 1, QEMU_PLUGIN_MEM_W, QEMU_PLUGIN_MEM_RW };
enum qemu_plugin_op { QEMU_PLUGIN_INLINE_ADD_U64 };
typedef void (*qemu_plugin_udata_cb_t)(qemu_plugin_id_t id, void *userdata);
typedef void (*qemu_plugin_vcpu_udata_cb_t)(unsigned int vcpu_index, void *userdata);
typedef void (*qemu_plugin_vcpu_mem_cb_t)(unsigned int vcpu_index, qemu_plugin_meminfo_t info, uint64_t vaddr, void *userdata);
typedef void (*qemu_plugin_vcpu_tb_trans_cb_t)(qemu_plugin_id_t id, struct qemu_plugin_tb *tb);
void qemu_plugin_register_vcpu_tb_trans_cb(qemu_plugin_id_t id, qemu_plugin_vcpu_tb_trans_cb_t cb);
void qemu_plugin_register_vcpu_tb_exec_cb(struct qemu_plugin_tb *tb, qemu_plugin_vcpu_udata_cb_t cb, enum qemu_plugin_cb_flags flags, void *userdata);
void qemu_plugin_register_vcpu_insn_exec_inline(struct qemu_plugin_insn *insn, enum qemu_plugin_op op, void *ptr, uint64_t imm);
void qemu_plugin_register_vcpu_mem_cb(struct qemu_plugin_insn *insn, qemu_plugin_vcpu_mem_cb_t cb, enum qemu_plugin_cb_flags flags, enum qemu_plugin_mem_rw rw, void *userdata);
void qemu_plugin_register_atexit_cb(qemu_plugin_id_t id, qemu_plugin_udata_cb_t cb, void *userdata);
size_t qemu_plugin_tb_n_insns(const struct qemu_plugin_tb *tb);
uint64_t qemu_plugin_tb_vaddr(const struct qemu_plugin_tb *tb);
struct qemu_plugin_insn *qemu_plugin_tb_get_insn(const struct qemu_plugin_tb *tb, size_t idx);
const void *qemu_plugin_insn_data(const struct qemu_plugin_insn *insn);
uint64_t qemu_plugin_insn_vaddr(const struct qemu_plugin_insn *insn);
bool qemu_plugin_mem_is_store(qemu_plugin_meminfo_t info);

QEMU_PLUGIN_EXPORT int qemu_plugin_version = WMB_PLUGIN_API;

/* ---- functions of the image ---- */
struct func {
    uint32_t start, end;
    int handler;
};
static struct func *funcs;
static int nfuncs;
static uint32_t counter_start, counter_end;
static FILE *out;

/* The function holding addr, or -1. */
static int func_of(uint32_t addr)
{
    int lo = 0, hi = nfuncs - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (addr < funcs[mid].start) {
            hi = mid - 1;
        } else if (addr >= funcs[mid].end) {
            lo = mid + 1;
        } else {
            return mid;
        }
    }
    return -1;
}

/* ---- per-address counters: stable storage, one per instruction address ever translated ---- */
struct site {
    uint32_t addr;
    uint64_t count;
    struct site *next;
};
#define SITE_BUCKETS 65536
static struct site *sites[SITE_BUCKETS];

static struct site *site_of(uint32_t addr)
{
    struct site **b = &sites[(addr >> 1) % SITE_BUCKETS];
    for (struct site *s = *b; s; s = s->next) {
        if (s->addr == addr) {
            return s;
        }
    }
    struct site *s = calloc(1, sizeof *s);
    if (!s) {
        abort();
    }
    s->addr = addr;
    s->next = *b;
    *b = s;
    return s;
}

/* ---- the call tree of a region: node = (parent, function) ---- */
struct node {
    int parent, func;
    uint64_t self;
};
static struct node *nodes;
static int nnodes, cap_nodes;
#define NODE_BUCKETS 65536
static int node_buckets[NODE_BUCKETS]; /* index + 1 of a chain's first node, 0 if none */
static int *node_next;

static int node_of(int parent, int func)
{
    unsigned h = ((unsigned)parent * 2654435761u ^ (unsigned)func) % NODE_BUCKETS;
    for (int i = node_buckets[h] - 1; i >= 0; i = node_next[i] - 1) {
        if (nodes[i].parent == parent && nodes[i].func == func) {
            return i;
        }
    }
    if (nnodes == cap_nodes) {
        cap_nodes = cap_nodes ? 2 * cap_nodes : 4096;
        nodes = realloc(nodes, cap_nodes * sizeof *nodes);
        node_next = realloc(node_next, cap_nodes * sizeof *node_next);
        if (!nodes || !node_next) {
            abort();
        }
    }
    nodes[nnodes] = (struct node){ parent, func, 0 };
    node_next[nnodes] = node_buckets[h];
    node_buckets[h] = nnodes + 1;
    return nnodes++;
}

/* ---- what a translation block ends with ---- */
/* END_INDIRECT: an indirect jump; a return only when its target is the innermost return address. */
enum { END_OTHER, END_CALL, END_RETURN, END_INDIRECT };
struct block {
    uint32_t pc;
    int func;
    int end;
    uint32_t next;   /* the address after the last instruction: reached when a conditional branch (IT block) is not taken */
    uint32_t ret;    /* END_CALL: the return address */
    uint32_t target; /* END_CALL by BL/BLX immediate: the callee; 0 for BLX register */
};

static uint32_t bl_target(uint32_t pc, uint16_t hw1, uint16_t hw2, int exchange)
{
    uint32_t s = (hw1 >> 10) & 1u, j1 = (hw2 >> 13) & 1u, j2 = (hw2 >> 11) & 1u;
    uint32_t i1 = !(j1 ^ s), i2 = !(j2 ^ s);
    uint32_t imm = (s << 24) | (i1 << 23) | (i2 << 22) | ((hw1 & 0x3ffu) << 12) | ((hw2 & 0x7ffu) << 1);
    int32_t off = (int32_t)(imm << 7) >> 7;
    uint32_t base = exchange ? ((pc + 4) & ~3u) : pc + 4;
    return base + (uint32_t)off;
}

/* Classifies a Thumb instruction. The size comes from the opcode: insn_size can say 6 near a page end. */
static int classify(uint32_t pc, const uint8_t *p, struct block *b)
{
    uint16_t hw1 = (uint16_t)(p[0] | p[1] << 8);
    int wide = (hw1 & 0xe000u) == 0xe000u && (hw1 & 0x1800u) != 0;
    if (!wide) {
        if ((hw1 & 0xff87u) == 0x4780u) { /* blx rm */
            b->ret = pc + 2;
            b->target = 0;
            return END_CALL;
        }
        if (hw1 == 0x4770u || (hw1 & 0xff00u) == 0xbd00u) {
            return END_RETURN; /* bx lr, pop {..., pc} */
        }
        if ((hw1 & 0xff87u) == 0x4700u || (hw1 & 0xff87u) == 0x4687u) {
            return END_INDIRECT; /* bx rm, mov pc, rm: a tail call (interpreter dispatch) or a return */
        }
        return END_OTHER;
    }
    uint16_t hw2 = (uint16_t)(p[2] | p[3] << 8);
    if ((hw1 & 0xf800u) == 0xf000u && (hw2 & 0xd000u) == 0xd000u) { /* bl */
        b->ret = pc + 4;
        b->target = bl_target(pc, hw1, hw2, 0);
        return END_CALL;
    }
    if ((hw1 & 0xf800u) == 0xf000u && (hw2 & 0xd001u) == 0xc000u) { /* blx imm: to ARM code, never on M */
        b->ret = pc + 4;
        b->target = bl_target(pc, hw1, hw2, 1);
        return END_CALL;
    }
    if (hw1 == 0xe8bdu && (hw2 & 0x8000u)) {
        return END_RETURN; /* pop.w {..., pc} */
    }
    if (hw1 == 0xf85du && hw2 == 0xfb04u) {
        return END_RETURN; /* ldr pc, [sp], #4 */
    }
    if ((((hw1 & 0xffd0u) == 0xe890u || (hw1 & 0xffd0u) == 0xe910u) && (hw2 & 0x8000u)) ||
        (((hw1 & 0xfff0u) == 0xf850u || (hw1 & 0xfff0u) == 0xf8d0u) && (hw2 >> 12) == 0xfu)) {
        return END_INDIRECT; /* other ldm or ldr into pc: jump tables, dispatch */
    }
    return END_OTHER;
}

/* ---- region state ---- */
static bool active;
static int region;
static uint64_t executed;     /* every executed instruction (inline) */
static uint64_t charged_upto; /* `executed` when the current frame was last charged */
static int cur = -1;          /* the current frame's node */
static const struct block *prev;
static int counter_caller = -1; /* the function whose call entered counter_read last */
static int opener = -1;         /* the current region's: counter_caller at its first read */

struct frame {
    uint32_t ret; /* 0: an exception frame */
    int node;
    const struct block *interrupted; /* exception frame: the block before entry, replayed at return */
};
#define MAX_DEPTH 4096
static struct frame stack[MAX_DEPTH];
static int depth;
static unsigned long lost; /* frames beyond MAX_DEPTH, or returns that matched nothing */

static void charge(void)
{
    if (cur >= 0) {
        nodes[cur].self += executed - charged_upto;
    }
    charged_upto = executed;
}

static void push(uint32_t ret, const struct block *interrupted, int func)
{
    if (depth == MAX_DEPTH) {
        lost++;
    } else {
        stack[depth++] = (struct frame){ ret, cur, interrupted };
    }
    cur = node_of(cur, func);
}

/* Moves to a block starting at pc in function f, after the block `from` ended. */
static void transition(const struct block *from, uint32_t pc, int f)
{
    for (;;) {
        if (from && pc > from->pc && pc <= from->next) {
            /* Not a transfer: a conditional branch not taken (bxne lr), or the rest of a block that QEMU
             * cut at an I/O access (icount re-translates from the access on). */
            from = NULL;
        }
        bool called = from && from->end == END_CALL && (from->target == 0 || from->target == pc);
        if (!called && f >= 0 && funcs[f].handler && funcs[f].start == pc) {
            push(0, from, f); /* exception entry */
            return;
        }
        if (called) {
            push(from->ret, NULL, f);
            return;
        }
        if (from && from->end == END_INDIRECT && depth > 0 && stack[depth - 1].ret == pc) {
            cur = stack[--depth].node;
        } else if (from && from->end == END_RETURN) {
            int i = depth - 1;
            while (i >= 0 && stack[i].ret != pc && stack[i].ret != 0) {
                i--;
            }
            if (i >= 0 && stack[i].ret == pc) {
                cur = stack[i].node;
                depth = i;
            } else if (depth > 0 && stack[depth - 1].ret == 0) {
                /* Exception return: back to the interrupted frame, then what the interrupted block did. */
                struct frame fr = stack[--depth];
                cur = fr.node;
                from = fr.interrupted;
                continue;
            } else if (depth == 0) {
                cur = node_of(-1, f); /* a return above where the region started */
                return;
            } else {
                lost++;
            }
        }
        break;
    }
    if (cur < 0) {
        cur = node_of(-1, f);
    } else if (nodes[cur].func != f) {
        cur = node_of(nodes[cur].parent, f); /* a jump into another function: replaces the frame */
    }
}

static void block_exec(unsigned int vcpu, void *udata)
{
    (void)vcpu;
    const struct block *b = udata;
    if (active) {
        charge();
        transition(prev, b->pc, b->func);
    }
    if (b->end == END_CALL && b->target == counter_start) {
        counter_caller = b->func; /* the block that calls counter_read: an interrupt before its first read changes nothing */
    }
    prev = b;
}

static void dump_region(void)
{
    uint64_t total = 0;
    for (int i = 0; i < SITE_BUCKETS; i++) {
        for (struct site *s = sites[i]; s; s = s->next) {
            total += s->count;
        }
    }
    fprintf(out, "region %d %" PRIu64 " lost %lu opener %d\n", region, total, lost, opener);
    for (int i = 0; i < SITE_BUCKETS; i++) {
        for (struct site *s = sites[i]; s; s = s->next) {
            if (s->count) {
                fprintf(out, "a %" PRIx32 " %" PRIu64 "\n", s->addr, s->count);
            }
        }
    }
    for (int i = 0; i < nnodes; i++) {
        fprintf(out, "n %d %d %d %" PRIu64 "\n", i, nodes[i].parent, nodes[i].func, nodes[i].self);
    }
    fflush(out);
}

static void counter_load(unsigned int vcpu, qemu_plugin_meminfo_t info, uint64_t vaddr, void *udata)
{
    (void)vcpu;
    if (qemu_plugin_mem_is_store(info) || vaddr < 0x40000000u || vaddr >= 0x60000000u) {
        return; /* a literal-pool load or a store: not the counter */
    }
    const struct block *b = udata;
    if (!active) {
        /* The first read: count what runs after it. */
        for (int i = 0; i < SITE_BUCKETS; i++) {
            for (struct site *s = sites[i]; s; s = s->next) {
                s->count = 0;
            }
        }
        nnodes = 0;
        memset(node_buckets, 0, sizeof node_buckets);
        depth = 0;
        lost = 0;
        opener = counter_caller;
        cur = node_of(-1, b->func);
        charged_upto = executed;
        active = true;
    } else {
        charge();
        dump_region();
        region++;
        active = false;
    }
}

static void translate(qemu_plugin_id_t id, struct qemu_plugin_tb *tb)
{
    (void)id;
    size_t n = qemu_plugin_tb_n_insns(tb);
    struct block *b = calloc(1, sizeof *b);
    if (!b) {
        abort();
    }
    b->pc = (uint32_t)qemu_plugin_tb_vaddr(tb);
    b->func = func_of(b->pc);
    for (size_t i = 0; i < n; i++) {
        struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);
        uint32_t pc = (uint32_t)qemu_plugin_insn_vaddr(insn);
        qemu_plugin_register_vcpu_insn_exec_inline(insn, QEMU_PLUGIN_INLINE_ADD_U64, &site_of(pc)->count, 1);
        qemu_plugin_register_vcpu_insn_exec_inline(insn, QEMU_PLUGIN_INLINE_ADD_U64, &executed, 1);
        if (pc >= counter_start && pc < counter_end) {
            /* Registered for reads and writes: QEMU 7.2 hands a read-only registration the stores. */
            qemu_plugin_register_vcpu_mem_cb(insn, counter_load, QEMU_PLUGIN_CB_NO_REGS, QEMU_PLUGIN_MEM_RW, b);
        }
        if (i == n - 1) {
            const uint8_t *p = qemu_plugin_insn_data(insn);
            b->end = classify(pc, p, b);
            b->next = pc + (((p[1] & 0xe0u) == 0xe0u && (p[1] & 0x18u) != 0) ? 4 : 2);
        }
    }
    qemu_plugin_register_vcpu_tb_exec_cb(tb, block_exec, QEMU_PLUGIN_CB_NO_REGS, b);
}

static void at_exit(qemu_plugin_id_t id, void *udata)
{
    (void)id;
    (void)udata;
    fprintf(out, "end %d%s\n", region, active ? " unfinished" : "");
    fclose(out);
}

static int read_funcs(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        return -1;
    }
    unsigned start, end;
    int handler, cap = 0;
    while (fscanf(f, "%x %x %d", &start, &end, &handler) == 3) {
        if (nfuncs == cap) {
            cap = cap ? 2 * cap : 1024;
            funcs = realloc(funcs, cap * sizeof *funcs);
            if (!funcs) {
                abort();
            }
        }
        funcs[nfuncs++] = (struct func){ start, end, handler };
    }
    fclose(f);
    return 0;
}

QEMU_PLUGIN_EXPORT int qemu_plugin_install(qemu_plugin_id_t id, const qemu_info_t *info, int argc, char **argv)
{
    if (info->version.min > WMB_PLUGIN_API || info->version.cur < WMB_PLUGIN_API) {
        fprintf(stderr, "wmb_profile: QEMU offers plugin API versions %d to %d, this plugin needs %d\n",
                info->version.min, info->version.cur, WMB_PLUGIN_API);
        return -1;
    }
    const char *funcs_path = NULL, *out_path = NULL;
    for (int i = 0; i < argc; i++) {
        if (strncmp(argv[i], "funcs=", 6) == 0) {
            funcs_path = argv[i] + 6;
        } else if (strncmp(argv[i], "out=", 4) == 0) {
            out_path = argv[i] + 4;
        } else if (sscanf(argv[i], "counter=%x:%x", &counter_start, &counter_end) != 2) {
            fprintf(stderr, "wmb_profile: unknown argument %s\n", argv[i]);
            return -1;
        }
    }
    if (!funcs_path || !out_path || counter_end <= counter_start) {
        fprintf(stderr, "wmb_profile: needs funcs=, counter= and out=\n");
        return -1;
    }
    if (read_funcs(funcs_path) != 0) {
        fprintf(stderr, "wmb_profile: cannot read %s\n", funcs_path);
        return -1;
    }
    out = fopen(out_path, "w");
    if (!out) {
        fprintf(stderr, "wmb_profile: cannot write %s\n", out_path);
        return -1;
    }
    fprintf(out, "wmb_profile 1 %s\n", info->target_name);
    qemu_plugin_register_vcpu_tb_trans_cb(id, translate);
    qemu_plugin_register_atexit_cb(id, at_exit, NULL);
    return 0;
}
