namespace Parallax.Cli.Tests.Commands;

public sealed class ServeCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Serve_DatabaseIsADirectory_StoreErrorNamingIt()
    {
        var result = await CliRunner.RunAsync("serve", "--db", _temp.Path);

        Assert.Equal(ExitCodes.StoreError, result.ExitCode);
        Assert.Contains(_temp.Path, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_UnusableUrl_UsageErrorNamingIt()
    {
        var result = await CliRunner.RunAsync("serve", "--db", _temp.File("store.db"), "--urls", "ftp://127.0.0.1:1");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("ftp://127.0.0.1:1", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_Serve_DescribesLoopbackDefaultAndToken()
    {
        var result = await CliRunner.RunAsync("serve", "--help");

        Assert.Contains("http://127.0.0.1:5000", result.Out, StringComparison.Ordinal);
        Assert.Contains("PARALLAX_API_TOKEN", result.Out, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
