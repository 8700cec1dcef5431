using System.Data.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CccdPlatform.ServiceDefaults.Http;

/// <summary>
/// Answers 503 with Retry-After, instead of a bare 500, when the database cannot be reached for a moment (a restart,
/// a failover): the client then knows to send the same request again, with the same Idempotency-Key.
/// </summary>
public sealed class DatabaseUnavailableExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public const int RetryAfterSeconds = 2;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsTransientDatabaseFailure(exception))
        {
            return false;
        }

        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The service's database is unavailable for a moment.",
                Detail = "Send the same request again shortly, with the same Idempotency-Key where the route takes one.",
            },
            Exception = exception,
        });
    }

    public static bool IsTransientDatabaseFailure(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is DbException { IsTransient: true })
            {
                return true;
            }
        }

        return false;
    }
}
