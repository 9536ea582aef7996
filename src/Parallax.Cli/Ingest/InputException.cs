namespace Parallax.Cli.Ingest;

/// <summary>An input that cannot be ingested; the message says why, and the caller adds which input.</summary>
internal sealed class InputException(string message) : Exception(message);
