namespace CccdPlatform.Cli.Http;

/// <summary>Sees every attempt: the simulator's statistics, nothing for the single-shot commands.</summary>
public interface IAttemptObserver
{
    void Answered(Operation operation, int status, long elapsedTicks);

    void NoAnswer(Operation operation);
}
