using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Parallax.Cli.Tests.Ingest;

/// <summary>A tiny HTTP server on 127.0.0.1 serving fixed responses by path, recording what it was asked: fetch tests never touch the internet.</summary>
internal sealed class LocalWebServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, (int Status, string ContentType, byte[] Body, TimeSpan Delay)> _routes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();

    public LocalWebServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(BaseUrl + "/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    public List<(string Path, string? UserAgent)> Requests { get; } = [];

    public void Add(string path, string contentType, string body, int status = 200, TimeSpan delay = default) =>
        _routes[path] = (status, contentType, Encoding.UTF8.GetBytes(body), delay);

    public void Add(string path, string contentType, byte[] body) => _routes[path] = (200, contentType, body, TimeSpan.Zero);

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            var path = context.Request.Url!.PathAndQuery;
            lock (Requests)
            {
                Requests.Add((path, context.Request.UserAgent));
            }

            var (status, type, body, delay) = _routes.TryGetValue(path, out var route) ? route : (404, "text/plain", "not found"u8.ToArray(), TimeSpan.Zero);
            try
            {
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, _stop.Token);
                }

                context.Response.StatusCode = status;
                context.Response.ContentType = type;
                await context.Response.OutputStream.WriteAsync(body);
                context.Response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or OperationCanceledException or ObjectDisposedException or IOException)
            {
                // the client gave up (timeout tests) or the server is stopping
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        _stop.Dispose();
    }
}
