package org.tto.api.revenue;

import org.mapstruct.Mapper;
import org.tto.api.revenue.RevenueRequests.BandRequest;
import org.tto.api.revenue.RevenueRequests.CostRequest;
import org.tto.api.revenue.RevenueRequests.PolicyRequest;
import org.tto.api.revenue.RevenueRequests.ReceiptRequest;
import org.tto.revenue.PolicyBand;
import org.tto.revenue.RevenueCommands;

/** Validated requests to the revenue commands. */
@Mapper(componentModel = "spring")
interface RevenueCommandMapper {

    RevenueCommands.DefinePolicy toCommand(PolicyRequest request);

    PolicyBand toBand(BandRequest request);

    RevenueCommands.RecordCost toCommand(CostRequest request);

    RevenueCommands.RecordReceipt toCommand(ReceiptRequest request);
}
