using System.CommandLine;

namespace Parallax.Cli.Commands;

/// <summary>
/// `parallax eval TASK --data DIR [--json]`: scores Parallax on any directory in a dataset's
/// standard layout. Each task lives in its own folder under Evaluation/ and contributes one
/// subcommand here.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("eval", "Score Parallax on a labelled dataset (see docs/benchmarks.md). Each task prints a table; --json adds a JSON object as the last line.");
        foreach (var task in Tasks(context))
        {
            command.Add(task);
        }

        return command;
    }

    private static IEnumerable<Command> Tasks(CliContext context)
    {
        // One line per evaluation task, in alphabetical order.
        return
        [
            Evaluation.Clustering.ClusteringEvalCommand.Create(context),
            Evaluation.Entities.EntitiesEvalCommand.Create(context),
            Evaluation.Extraction.ExtractionEvalCommand.Create(context),
            Evaluation.Ner.NerEvaluation.Create(context),
            Evaluation.Quotes.QuotesEvalCommand.Create(context),
            Evaluation.Timex.TimexEvalCommand.Create(context),
        ];
    }
}
