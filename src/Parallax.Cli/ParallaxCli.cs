using System.CommandLine;
using Parallax.Cli.Commands;
using Parallax.Storage;

namespace Parallax.Cli;

public static class ParallaxCli
{
    public static RootCommand Create(CliContext context)
    {
        var root = new RootCommand(
            "Parallax turns news coverage from many outlets into cross-checked story briefings.\n" + ExitCodes.Description)
        {
            IngestCommand.Create(context),
            BriefCommand.Create(context),
            StoriesCommand.Create(context),
            StoryCommand.Create(context),
            ReclusterCommand.Create(context),
            EntitiesCommand.Create(context),
            QuotesCommand.Create(context),
            ServeCommand.Create(context),
            BenchCommand.Create(context),
            EvalCommand.Create(context),
            TrainCommand.Create(context),
        };
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliContext context)
    {
        var result = Create(context).Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                await context.Error.WriteLineAsync($"parallax: {error.Message}");
            }

            await context.Error.WriteLineAsync("Run 'parallax --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return await result.InvokeAsync(new InvocationConfiguration { Output = context.Out.Profile.Out.Writer, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Commands.NoStoreException e)
        {
            await context.Error.WriteLineAsync($"parallax: {e.Message}");
            return ExitCodes.NothingToDo;
        }
        catch (StoreException e)
        {
            await context.Error.WriteLineAsync($"parallax: {e.Message}");
            return ExitCodes.StoreError;
        }
    }
}
