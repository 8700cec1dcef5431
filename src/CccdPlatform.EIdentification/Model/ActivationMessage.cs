using CccdPlatform.Domain;

namespace CccdPlatform.EIdentification.Model;

/// <summary>An activation code on its way to a phone. Holds the code in clear: never log it.</summary>
public sealed record ActivationMessage(Guid AccountId, string PhoneNumber, string Code, DateTimeOffset ExpiresAt)
{
    public string Text => $"Ma kich hoat tai khoan dinh danh dien tu cua ban la {Code}. " +
                          $"Het han sau {ExpiresAt.ToOffset(VietnamTime.Offset):HH:mm dd/MM/yyyy}. Khong chia se ma nay.";

    public override string ToString() => $"ActivationMessage {{ AccountId = {AccountId} }}";
}
