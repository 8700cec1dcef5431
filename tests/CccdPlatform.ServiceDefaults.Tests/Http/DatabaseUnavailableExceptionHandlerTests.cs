using System.Net.Sockets;
using CccdPlatform.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CccdPlatform.ServiceDefaults.Tests.Http;

public class DatabaseUnavailableExceptionHandlerTests
{
    [Fact]
    public async Task ADatabaseThatCannotBeReachedIsA503WithRetryAfter()
    {
        var context = NewContext();
        var unreachable = new InvalidOperationException(
            "An exception has been raised that is likely due to a transient failure.",
            new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused)));

        var handled = await Handler(context).TryHandleAsync(context, unreachable, CancellationToken.None);

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal("2", context.Response.Headers.RetryAfter.ToString());
        context.Response.Body.Position = 0;
        Assert.Contains("unavailable for a moment", await new StreamReader(context.Response.Body).ReadToEndAsync());
    }

    [Fact]
    public async Task OtherFailuresAreLeftToTheDefaultHandler()
    {
        var context = NewContext();

        Assert.False(await Handler(context).TryHandleAsync(context, new InvalidOperationException("a bug"), CancellationToken.None));
        Assert.False(await Handler(context).TryHandleAsync(context, new PostgresException("duplicate key", "ERROR", "ERROR", "23505"), CancellationToken.None));
    }

    private static DefaultHttpContext NewContext() => new()
    {
        RequestServices = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider(),
        Response = { Body = new MemoryStream() },
    };

    private static DatabaseUnavailableExceptionHandler Handler(HttpContext context) =>
        new(context.RequestServices.GetRequiredService<IProblemDetailsService>());
}
