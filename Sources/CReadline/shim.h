#ifndef LLMGW_CREADLINE_SHIM_H
#define LLMGW_CREADLINE_SHIM_H

/* readline.h uses FILE without including stdio.h itself. */
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

/* Readline's configuration lives in mutable globals, which Swift 6 will not touch
   directly; these accessors are the only way llmgw reads or writes them. */

static inline void llmgw_rl_set_readline_name(const char *name) { rl_readline_name = name; }
static inline void llmgw_rl_set_catch_signals(int on) { rl_catch_signals = on; }
static inline void llmgw_rl_set_catch_sigwinch(int on) { rl_catch_sigwinch = on; }
static inline void llmgw_rl_set_attempted_completion_over(int on) { rl_attempted_completion_over = on; }
static inline int llmgw_history_length(void) { return history_length; }
static inline void llmgw_rl_set_outstream(FILE *stream) { rl_outstream = stream; }
static inline void llmgw_rl_set_instream(FILE *stream) { rl_instream = stream; }
static inline void llmgw_rl_cleanup_after_signal(void) { rl_free_line_state(); rl_cleanup_after_signal(); }

#endif
