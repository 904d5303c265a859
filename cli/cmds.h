/* cli/cmds.h - the kgraph subcommands, one cli/cmd_<name>.c each
 *
 * Each takes the arguments after the command name (argv[0] is the command
 * name) and returns the process exit status: 0 success, 1 runtime error,
 * 2 usage error, 65 bad input data.
 */
#ifndef KG_CLI_CMDS_H
#define KG_CLI_CMDS_H

enum {
	KG_EXIT_OK = 0,
	KG_EXIT_ERROR = 1,
	KG_EXIT_USAGE = 2,
	KG_EXIT_DATA = 65
};

int cmd_ingest(int argc, char **argv);
int cmd_extract(int argc, char **argv);
int cmd_facts(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_render(int argc, char **argv);
int cmd_diff(int argc, char **argv); /* cli/cmd_diff.c: DOT of changes */
int cmd_sql(int argc, char **argv);
int cmd_stats(int argc, char **argv);
int cmd_eval(int argc, char **argv); /* cli/cmd_eval.c: scores against gold */
/* audit commands (docs/audit.md) */
int cmd_why(int argc, char **argv);
int cmd_retract(int argc, char **argv);
int cmd_merges(int argc, char **argv);
int cmd_split(int argc, char **argv);
int cmd_dump(int argc, char **argv);
int cmd_lint(int argc, char **argv);
int cmd_search(int argc, char **argv); /* cli/cmd_search.c: FTS5 search */
int cmd_merge(int argc, char **argv);  /* cli/cmd_merge.c: docs/scale.md */

#endif
