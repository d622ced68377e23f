"""Azure Site Recovery adapter: azure-identity + azure-mgmt-recoveryservicessiterecovery.

Nothing here imports an Azure SDK at module level except `pipeline.py`, which is imported only
when the first client is built on a worker thread; the GUI start-up path stays free of it.
Entry points: `site_recovery.ArmSiteRecovery` (the SiteRecovery port), `directory.AzureDirectory`
(subscriptions and vaults for the sign-in dialog), `credentials.build_credential`.
"""
