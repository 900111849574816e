/**
 * The sector catalogue of start-up support (<i>danh mục lĩnh vực, nội dung hỗ trợ khởi nghiệp</i>):
 * crops, livestock and processing sectors with their products and the support items the plan
 * allows for each, loaded from a JSON resource and extendable by a host with its own file.
 */
package org.ketnghia.startup.catalogue;
