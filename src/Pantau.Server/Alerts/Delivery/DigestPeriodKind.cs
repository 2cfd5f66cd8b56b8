namespace Pantau.Server.Alerts.Delivery;

public enum DigestPeriodKind
{
    Daily = 0,
    Weekly = 1,
}
