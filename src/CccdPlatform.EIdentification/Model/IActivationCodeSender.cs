namespace CccdPlatform.EIdentification.Model;

/// <summary>The port through which activation codes reach citizens' phones (an SMS gateway in production).</summary>
public interface IActivationCodeSender
{
    Task SendAsync(ActivationMessage message, CancellationToken cancellationToken);
}
