/* Stack and heap high-water marks. */
#ifndef WMB_MEMORY_H
#define WMB_MEMORY_H

/* Fills the stack region below the caller's frame with a pattern; call first
 * thing in main(). */
void wmb_stack_paint(void);
/* Writes the "memory" protocol line. */
void wmb_report_memory(void);
/* Lowest address of the running thread's stack: the main stack here; an RTOS
 * stack overrides it with its task's (a runtime checks its native stack against it). */
void *wmb_thread_stack_bottom(void);
/* Its fields, for a stack that adds its own to the line. */
void wmb_memory_fields(void);

#endif
