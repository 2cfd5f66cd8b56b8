namespace Pantau.Server.Localization;

public static partial class UiStrings
{
    // A property, not a field: static fields of a partial class across files initialise in no promised order.
    private static (string Key, string En, string Id)[] CareWebhookPairs =>
    [
    ];
}
