using System.Text;

namespace CccdPlatform.Cli.Simulation;

/// <summary>
/// One line per 201 received, <c>applicationId,personalId</c>, for checks that each acknowledged application is stored
/// exactly once. Flushed every second and at the end, so a crash loses at most the last second.
/// </summary>
public sealed class ReceiptLog : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly StreamWriter? _writer;
    private readonly Timer? _flusher;

    public ReceiptLog(string? path)
    {
        if (path is null)
        {
            return;
        }

        _writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
        _flusher = new Timer(_ => Flush(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    public void Write(Guid applicationId, string personalId)
    {
        if (_writer is null)
        {
            return;
        }

        lock (_lock)
        {
            _writer.Write(applicationId.ToString("D"));
            _writer.Write(',');
            _writer.WriteLine(personalId);
        }
    }

    private void Flush()
    {
        lock (_lock)
        {
            _writer?.Flush();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_flusher is not null)
        {
            await _flusher.DisposeAsync();
        }

        Flush();
        _writer?.Dispose();
    }
}
