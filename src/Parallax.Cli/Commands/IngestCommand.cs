using System.CommandLine;
using Parallax.Cleaning;
using Parallax.Cli.Ingest;
using Parallax.Storage;
using Spectre.Console;

namespace Parallax.Cli.Commands;

internal static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths("Files or directories (searched recursively) of .txt, .html, .htm, .jsonl, RSS/Atom feeds (.rss, .atom, .xml) or web archives (.warc), optionally gzipped; http(s) URLs of pages or feeds (robots.txt is obeyed); '-' reads standard input.");
        paths.Arity = ArgumentArity.OneOrMore;
        var db = CommonOptions.Database();
        var quiet = CommonOptions.Quiet();
        var command = new Command("ingest", "Read articles into the store, then update its stories.") { paths, db, quiet };
        command.SetAction(parse =>
        {
            using var store = ArticleStore.Open(parse.GetValue(db)!, context.Time);
            var failed = Run(context, store, parse.GetValue(paths)!, parse.GetValue(quiet));
            return failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Ingests the paths and re-clusters the store; returns the number of inputs that failed.</summary>
    public static int Run(CliContext context, ArticleStore store, IReadOnlyList<string> paths, bool quiet)
    {
        var files = InputCollector.Expand(paths);
        using var fetcher = new WebPageFetcher();
        var ingestor = new Ingestor(store, new ArticlePreparer()) { StandardInput = context.StandardInput, Fetcher = fetcher };
        void Report(string source, string error) => context.Error.WriteLine($"error: {source}: {error}");

        IngestResult result;
        if (context.Interactive && !quiet && files.Count > 1)
        {
            result = context.Out.Progress().AutoClear(true).Start(progress =>
            {
                var task = progress.AddTask("Ingesting", maxValue: files.Count);
                return ingestor.Ingest(files, Report, done => task.Value = done);
            });
        }
        else
        {
            result = ingestor.Ingest(files, Report);
        }

        var corpus = ReclusterRun.Run(context, store, quiet).Corpus;
        if (!quiet)
        {
            context.Error.WriteLine(
                $"{result.Added} added, {result.AlreadyStored} already stored, {result.Failed} failed; " +
                $"{store.ArticleCount} articles in {corpus.Stories.Count} stories ({store.Location}).");
        }

        if (result.Failed > 0)
        {
            context.Error.WriteLine($"{result.Failed} input(s) could not be ingested.");
        }

        return result.Failed;
    }
}
